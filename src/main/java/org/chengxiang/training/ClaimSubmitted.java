package org.chengxiang.training;

import java.math.BigDecimal;

/** Past event: the provider submitted a claim. */
record ClaimSubmitted(String number, long classId, long providerId, BigDecimal granted) {
}

package org.chengxiang.training;

import java.math.BigDecimal;

/** Past event: the finance bureau approved a claim for payment. */
record ClaimApproved(String number, long providerId, BigDecimal granted) {
}

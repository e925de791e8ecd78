package org.chengxiang.training;

import java.math.BigDecimal;

/** Past event: the human resources bureau reviewed a claim (its lines may have been cut). */
record ClaimReviewed(String number, BigDecimal granted) {
}

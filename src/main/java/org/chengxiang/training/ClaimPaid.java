package org.chengxiang.training;

import java.math.BigDecimal;

/** Past event: a claim was paid, its disbursement batch confirmed. */
record ClaimPaid(String number, long providerId, BigDecimal granted) {
}

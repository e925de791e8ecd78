package org.chengxiang.training;

/** Past event: a bureau returned a claim to its provider; its granted lines no longer hold their trainees. */
record ClaimReturned(String number, long classId) {
}

package org.chengxiang.training;

/** Where a disbursement batch stands: put together, sent to the treasury, its payment confirmed. */
enum BatchStatus {

	OPEN, SENT, CONFIRMED

}

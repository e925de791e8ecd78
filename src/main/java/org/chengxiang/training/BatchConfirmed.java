package org.chengxiang.training;

import java.util.List;

/**
 * The finance bureau confirmed the payment of a disbursement batch: its claims are paid.
 *
 * @param batchId the batch
 * @param claimIds the claims it paid
 */
record BatchConfirmed(long batchId, List<Long> claimIds) {
}

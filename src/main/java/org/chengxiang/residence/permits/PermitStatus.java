package org.chengxiang.residence.permits;

/**
 * Where a residence permit stands: valid; lapsed for a missed endorsement (its use suspended until a late one);
 * replaced by a new card (换领/补领); cancelled. None is ever deleted.
 */
enum PermitStatus {

	VALID, LAPSED, REPLACED, CANCELLED;

	String messageKey() {
		return "residence.permit.status." + name();
	}

}

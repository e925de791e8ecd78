package org.chengxiang.settlement;

/**
 * How a registered person relates to the head of their household; each is worded by the message
 * {@code settlement.relation.<constant>}.
 */
enum HouseholdRelation {

	/** 户主: the applicant; a member moving with them is never the head. */
	HEAD,
	/** 配偶 */
	SPOUSE,
	/** 子女 */
	CHILD,
	/** 父母 */
	PARENT,
	/** 其他 */
	OTHER;

	/** The message key of the relation in words. */
	String messageKey() {
		return "settlement.relation." + name();
	}

}

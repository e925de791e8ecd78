package org.chengxiang.settlement;

/**
 * How a registered person relates to the head of their household.
 */
enum HouseholdRelation {

	/** 户主: the applicant; a member moving with them is never the head. */
	HEAD("户主"),
	/** 配偶 */
	SPOUSE("配偶"),
	/** 子女 */
	CHILD("子女"),
	/** 父母 */
	PARENT("父母"),
	/** 其他 */
	OTHER("其他");

	private final String chinese;

	HouseholdRelation(String chinese) {
		this.chinese = chinese;
	}

	String chinese() {
		return chinese;
	}

}

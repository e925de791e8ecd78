package org.chengxiang.settlement;

/**
 * The grounds on which a person may settle; each has its rule in {@code settlement.policy}.
 */
enum SettlementCategory {

	/** 合法稳定住所（自有住房） */
	LEGAL_RESIDENCE_OWNED,
	/** 合法稳定住所（租赁住房） */
	LEGAL_RESIDENCE_RENTED,
	/** 合法稳定就业 */
	LEGAL_EMPLOYMENT,
	/** 投靠配偶 */
	FAMILY_SPOUSE,
	/** 子女投靠父母 */
	FAMILY_CHILD,
	/** 父母投靠子女 */
	FAMILY_PARENT,
	/** 人才及高校毕业生 */
	TALENT_GRADUATE,
	/** 其他 */
	OTHER

}

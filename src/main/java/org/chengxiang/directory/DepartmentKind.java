package org.chengxiang.directory;

/**
 * What sort of body a department is.
 */
public enum DepartmentKind {

	/** 政府办公室: the city government's office. */
	GOVERNMENT_OFFICE,
	/** 局: a bureau of the city government. */
	BUREAU,
	/** 分局: a branch of a higher-level bureau. */
	BRANCH_OFFICE,
	/** 开发区管委会: a development zone's administrative committee. */
	DEVELOPMENT_ZONE,
	/** 街道办事处: a subdistrict office. */
	SUBDISTRICT,
	/** 镇人民政府: a town government. */
	TOWN,
	/** 银行分支机构: a bank branch, e.g. the People's Bank of China county branch. */
	BANK_BRANCH,
	/** 群团组织/协会: an association such as the federation of industry and commerce. */
	ASSOCIATION,
	/** 中心: a service or operations centre. */
	CENTER,
	/** 培训机构、企业: an approved training provider or enterprise, not a part of government; its staff are providers. */
	TRAINING_PROVIDER,
	/** Anything else. */
	OTHER;

	/** Towns and subdistricts: what a plan means by 相关镇街. */
	public boolean isTownship() {
		return this == TOWN || this == SUBDISTRICT;
	}

}

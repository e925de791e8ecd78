package org.chengxiang.training;

/** Whether an approved provider may file classes now. */
enum ProviderStatus {

	APPROVED, SUSPENDED

}

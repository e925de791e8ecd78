package org.chengxiang.training;

/** What sort of body a provider is. */
enum ProviderKind {

	/** 民办职业培训学校 or another licensed training institution. */
	INSTITUTION,
	/** An enterprise training its own workers (岗前培训, 新型学徒制, 岗位技能提升). */
	ENTERPRISE

}

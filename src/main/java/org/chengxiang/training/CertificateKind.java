package org.chengxiang.training;

/** 职业技能等级证书 or 专项能力证书. */
enum CertificateKind {

	SKILL_LEVEL, SPECIAL_ABILITY

}

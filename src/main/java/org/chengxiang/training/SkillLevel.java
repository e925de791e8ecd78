package org.chengxiang.training;

/** What a class leads to: a special ability (专项能力) or a skill level of an occupation (初级, 中级, 高级). */
enum SkillLevel {

	/** 专项能力: a special-ability certificate. */
	SPECIAL,
	/** 初级工 (五级). */
	JUNIOR,
	/** 中级工 (四级). */
	INTERMEDIATE,
	/** 高级工 (三级). */
	SENIOR;

	/** The certificate a passed exam of this level gives. */
	CertificateKind certificate() {
		return this == SPECIAL ? CertificateKind.SPECIAL_ABILITY : CertificateKind.SKILL_LEVEL;
	}

}

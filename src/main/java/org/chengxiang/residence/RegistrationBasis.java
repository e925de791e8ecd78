package org.chengxiang.residence;

/** What a residence registration rests on (居住事由): lawful employment, lawful housing or continued study. */
public enum RegistrationBasis {

	EMPLOYMENT, HOUSING, STUDY;

	/** The message key of its name. */
	public String messageKey() {
		return "residence.basis." + name();
	}

}

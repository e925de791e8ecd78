package org.chengxiang.residence;

/** Where a residence registration stands. */
enum RegistrationStatus {

	ACTIVE, ENDED;

	String messageKey() {
		return "residence.registration.status." + name();
	}

}

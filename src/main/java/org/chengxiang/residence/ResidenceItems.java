package org.chengxiang.residence;

/** The catalogue codes of the residence core's service items, all handled by the police department (公安局). */
public final class ResidenceItems {

	/** 居住登记. */
	public static final String REGISTRATION = "RESIDENCE_REGISTRATION";

	/** 居住证申领. */
	public static final String PERMIT = "RESIDENCE_PERMIT";

	/** 居住证签注. */
	public static final String ENDORSEMENT = "RESIDENCE_ENDORSEMENT";

	private ResidenceItems() {
	}

}

package org.chengxiang.residence;

/** Why a residence registration ended: the person moved away, or settled in the city (落户). */
public enum EndReason {

	MOVED_AWAY, SETTLED;

	/** The message key of its name. */
	public String messageKey() {
		return "residence.endReason." + name();
	}

}

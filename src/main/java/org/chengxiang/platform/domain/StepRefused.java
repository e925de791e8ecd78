package org.chengxiang.platform.domain;

/**
 * A step the current state of a record does not allow: an application already decided, a case not yet dispatched,
 * a second pending extension. The edge answers 409 and a page shows the reason above the form. Nothing has been
 * written when it is thrown.
 */
public class StepRefused extends RuntimeException {

	private final transient Text reason;

	public StepRefused(Text reason) {
		super(reason.toString());
		this.reason = reason;
	}

	public static StepRefused because(String key, Object... args) {
		return new StepRefused(Text.of(key, args));
	}

	public Text reason() {
		return reason;
	}

}

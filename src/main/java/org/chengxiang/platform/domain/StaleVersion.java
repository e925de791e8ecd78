package org.chengxiang.platform.domain;

/**
 * An edit made on a version of a record that someone else has changed since: the second writer is refused instead of
 * silently overwriting the first (409).
 */
public class StaleVersion extends StepRefused {

	public static final String KEY = "problem.stale";

	public StaleVersion() {
		super(Text.of(KEY));
	}

}

package org.chengxiang.plan;

import java.util.Optional;
import java.util.Set;

/**
 * A measured indicator another module attaches to plan tasks: a Spring bean implementing this is shown
 * next to the tasks it is bound to, beside the departments' self-reported progress.
 */
public interface IndicatorSource {

	/** Stable key, e.g. {@code settlement.online-applications}. */
	String key();

	/** Name shown to users, Chinese. */
	String name();

	/** Unit shown after the value, e.g. 件, %, 天. */
	String unit();

	/**
	 * Words of a task's title that bind this indicator to the task when a plan is imported (e.g. 落户 for
	 * the settlement tasks); a supervisor can bind it to other tasks.
	 */
	Set<String> defaultTaskKeywords();

	/** The value for a plan's year and task, or empty when there is nothing to measure yet. */
	Optional<IndicatorValue> measure(IndicatorScope scope);

	/**
	 * Where a value is measured for.
	 *
	 * @param planId the plan
	 * @param year the plan's year
	 * @param taskId the task the indicator is bound to
	 */
	record IndicatorScope(long planId, int year, long taskId) {
	}

	/**
	 * A measured value.
	 *
	 * @param value the number
	 * @param note how it was measured, shown on hover
	 */
	record IndicatorValue(double value, String note) {
	}

}

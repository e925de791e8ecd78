package org.chengxiang.plan;

import java.util.Optional;

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
	 * Words of the title of the one task this indicator measures (e.g. 便捷落户 for task (二) of the reference
	 * plan). When a plan is imported the indicator is bound to the first task whose title holds them, and to no
	 * other: an indicator belongs to the task it measures, not to every task on the same subject. Words rather
	 * than a task number, because other cities number their tasks differently.
	 */
	String measuredTask();

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

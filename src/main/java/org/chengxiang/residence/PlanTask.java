package org.chengxiang.residence;

import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator;
import org.chengxiang.plan.WordedIndicator.Measured;

import org.springframework.context.MessageSource;

/**
 * The plan task every residence indicator measures, (三) 推动城镇基本公共服务覆盖未落户常住人口: more permits and more in
 * each, school places on the strength of the permit, housing for new citizens and pension enrolment without a hukou
 * restriction. The permits, schools, housing and pension indicators all bind to it.
 */
public final class PlanTask {

	/**
	 * Words of the title of the task, matched against the imported plan's Chinese text (not shown to anyone).
	 */
	public static final String WORDS = "基本公共服务覆盖未落户常住人口";

	private PlanTask() {
	}

	/** An indicator of this task worded by the messages {@code <messages>.name}, {@code .unit} and {@code .note}. */
	public static IndicatorSource indicator(String key, String messages, MessageSource source,
			Function<IndicatorSource.IndicatorScope, Measured> measuring) {
		return new WordedIndicator(key, messages, WORDS, source, measuring);
	}

}

package org.chengxiang.training;

import java.util.function.Function;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator;
import org.chengxiang.plan.WordedIndicator.Measured;
import org.springframework.context.MessageSource;

/**
 * The plan task every training indicator measures, (四) 大力提升农业转移人口就业能力: skills training for the new
 * generation of migrant workers, with subsidies under the rules.
 */
final class TrainingTask {

	/** Words of the task's title, which the plan's indicator binding matches. */
	static final String WORDS = "大力提升农业转移人口就业能力";

	private TrainingTask() {
	}

	/** An indicator of this task worded by the messages {@code <messages>.name}, {@code .unit} and {@code .note}. */
	static IndicatorSource indicator(String key, String messages, MessageSource source,
			Function<IndicatorSource.IndicatorScope, Measured> measuring) {
		return new WordedIndicator(key, messages, WORDS, source, measuring);
	}

}

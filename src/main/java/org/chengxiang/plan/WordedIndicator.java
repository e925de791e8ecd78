package org.chengxiang.plan;

import java.util.Optional;
import java.util.function.Function;

import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;

/**
 * An indicator worded from the messages, the usual way for a module to offer an {@link IndicatorSource}: its name,
 * unit and note are the messages {@code <messages>.name}, {@code <messages>.unit} and {@code <messages>.note} in the
 * reader's language, the note's arguments passed as text (so that years and counts are not grouped).
 *
 * @param key stable key, e.g. {@code settlement.applications}
 * @param messages the prefix of its messages, e.g. {@code settlement.indicator.applications}
 * @param measuredTask words of the title of the task it measures, see {@link IndicatorSource#measuredTask()}
 * @param source where the words are
 * @param measuring the value and the note's arguments for a scope, {@code null} while there is nothing to measure
 */
public record WordedIndicator(String key, String messages, String measuredTask, MessageSource source,
		Function<IndicatorScope, Measured> measuring) implements IndicatorSource {

	@Override
	public String name() {
		return word("name");
	}

	@Override
	public String unit() {
		return word("unit");
	}

	@Override
	public Optional<IndicatorValue> measure(IndicatorScope scope) {
		return Optional.ofNullable(measuring.apply(scope))
			.map(measured -> new IndicatorValue(measured.value(), word("note", measured.noteArguments())));
	}

	private String word(String part, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]);
		}
		return source.getMessage(messages + "." + part, texts, ReaderLocale.current());
	}

	/**
	 * A value and the arguments of its note.
	 *
	 * @param value the number
	 * @param noteArguments the arguments of the note
	 */
	public record Measured(double value, Object... noteArguments) {
	}

}

package org.chengxiang.platform.web;

import java.time.ZoneId;
import java.time.Clock;
import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every date the platform reads, in one place: JSON bodies (a Jackson module) and request parameters of the API and
 * the pages (editors of every binder) go through {@link SaneDates}, so a date outside 1900–2100 is refused with the
 * field named, and a date-time may carry an ISO-8601 offset.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class DateInput {

	// the city's zone, for date-times written with an offset and for the day of a moment
	private final ZoneId city;

	DateInput(Clock clock) {
		this.city = clock.getZone();
	}

	@Bean
	JacksonModule saneDatesModule() {
		SimpleModule module = new SimpleModule("sane-dates");
		module.addDeserializer(LocalDate.class, new Reader<>(LocalDate.class, SaneDates::date));
		module.addDeserializer(LocalDateTime.class, new Reader<>(LocalDateTime.class, text -> SaneDates.localDateTime(text, city)));
		module.addDeserializer(OffsetDateTime.class, new Reader<>(OffsetDateTime.class, SaneDates::offsetDateTime));
		module.addDeserializer(Instant.class, new Reader<>(Instant.class, text -> SaneDates.instant(text, city)));
		return module;
	}

	@InitBinder
	void saneDates(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new Editor(SaneDates::date));
		binder.registerCustomEditor(LocalDateTime.class, new Editor(text -> SaneDates.localDateTime(text, city)));
		binder.registerCustomEditor(OffsetDateTime.class, new Editor(SaneDates::offsetDateTime));
		binder.registerCustomEditor(Instant.class, new Editor(text -> SaneDates.instant(text, city)));
	}

	/** Reads a date from a JSON string; a refusal carries the reason and, once wrapped, the field's path. */
	static final class Reader<T> extends StdScalarDeserializer<T> {

		private final transient Function<String, T> parse;

		Reader(Class<T> type, Function<String, T> parse) {
			super(type);
			this.parse = parse;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				throw InvalidFormatException.from(parser, SaneDates.UNREADABLE_TIME, parser.getString(), handledType());
			}
			String text = parser.getString();
			if (text.isBlank()) {
				return null;
			}
			try {
				return parse.apply(text);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidFormatException.from(parser, ex.getMessage(), text, handledType());
			}
		}

	}

	/** Reads a date from a request parameter; blank is none. */
	private static final class Editor extends PropertyEditorSupport {

		private final Function<String, ?> parse;

		Editor(Function<String, ?> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			setValue(text == null || text.isBlank() ? null : parse.apply(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

}

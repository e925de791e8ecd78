package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TelemetryTimestampsTests {

	static final TelemetryTimestamps CITY = new TelemetryTimestamps(ZoneId.of("Asia/Shanghai"));

	@Test
	void theCommonShapeMeansWhatTheGeneralParserSays() {
		Random random = new Random(20261129);
		List<String> texts = new ArrayList<>();
		String[] offsets = { "Z", "+08:00", "-05:30", "+00:00", "-00:00", "+17:59", "+14:00", "" };
		String[] fractions = { "", ".1", ".12", ".123", ".123456", ".123456789", ".000001", ".999999999" };
		for (int i = 0; i < 20_000; i++) {
			LocalDateTime at = LocalDateTime.of(1992 + random.nextInt(120), 1 + random.nextInt(12), 1, 0, 0)
				.plusDays(random.nextInt(31))
				.plusSeconds(random.nextInt(86_400));
			texts.add(at.toLocalDate() + "T" + String.format("%02d:%02d:%02d", at.getHour(), at.getMinute(),
					at.getSecond()) + fractions[random.nextInt(fractions.length)]
					+ offsets[random.nextInt(offsets.length)]);
		}
		texts.addAll(List.of("2024-02-29T23:59:59+08:00", "2000-02-29T00:00:00Z", "2026-12-31T23:59:59.5-01:00",
				"1992-01-01T00:00:00", "2026-06-01T08:00:00+08:00", "1970-01-01T00:00:00Z"));
		for (String text : texts) {
			Instant fast = CITY.parseCommon(text);
			assertThat(fast).as(text).isNotNull().isEqualTo(CITY.parseAny(text));
		}
	}

	@Test
	void whatTheCommonShapeDoesNotCoverIsLeftToTheGeneralParser() {
		for (String text : List.of("2026-06-01T08:00+08:00", "2026-06-01t08:00:00z", "2026-06-01T08:00:00+08",
				"2026-06-01T08:00:00+18:00", "2026-06-01T08:00:00.+08:00", "1988-06-01T08:00:00",
				"2026-06-01T08:00:00.1234567891Z", "+12026-06-01T08:00:00Z")) {
			assertThat(CITY.parseCommon(text)).as(text).isNull();
			assertThat(CITY.parse(text)).as(text).isEqualTo(CITY.parseAny(text));
		}
		assertThat(CITY.parse("1988-06-01T08:00:00"))
			.as("summer time in 1988: +09:00").isEqualTo(LocalDateTime.of(1988, 6, 1, 8, 0).toInstant(ZoneOffset.ofHours(9)));
	}

	@Test
	void impossibleDatesAndTimesAreNotTimestamps() {
		for (String text : List.of("2026-02-29T08:00:00+08:00", "2026-04-31T08:00:00Z", "2026-13-01T08:00:00Z",
				"2026-06-01T24:00:00Z", "2026-06-01T08:60:00Z", "2026-06-01T08:00:60Z", "2026-06-01T08:00:00+08:60",
				"2026-06-01 08:00:00+08:00", "2026-6-01T08:00:00Z", "2026-06-01T08:00:00ZZ", "yesterday", "")) {
			assertThat(CITY.parse(text)).as(text).isNull();
		}
	}

}

package org.chengxiang.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.IndicatorSource.IndicatorScope;
import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ApplicationSubmitted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

// The listener methods are asynchronous (@ApplicationModuleListener), also when called directly: hence await().
@SpringBootTest
@AutoConfigureMockMvc
class SettlementStatisticsIntegrationTests {

	@Autowired
	SettlementStatistics statistics;

	@Autowired
	List<IndicatorSource> indicators;

	@Autowired
	MockMvc mvc;

	@Test
	void indicatorsMeasureTheYearFromTheEventsOfSettlementApplicationsOnly() {
		// 2031: a year no other test writes to. Beijing time decides the year: 2030-12-31 16:30 UTC is 2031.
		long online1 = submit("2030-12-31T16:30:00Z", true);
		long online2 = submit("2031-03-02T02:00:00Z", true);
		long online3 = submit("2031-05-06T02:00:00Z", true);
		long counter = submit("2031-06-01T02:00:00Z", false);
		submit("2030-12-31T15:30:00Z", true); // still 2030 in Beijing
		decide(online1, true, 5, "2031-01-10T02:00:00Z");
		decide(online2, true, 8, "2031-03-20T02:00:00Z");
		decide(counter, false, 2, "2031-06-04T02:00:00Z");
		statistics.on(new ApplicationSubmitted(online3 + 1, "X", "RESIDENCE_PERMIT", true,
				Instant.parse("2031-02-01T00:00:00Z")));
		statistics.on(new ApplicationDecided(online3 + 1, "X", "RESIDENCE_PERMIT", false, 1, true, 30,
				Instant.parse("2031-02-02T00:00:00Z")));

		await().untilAsserted(() -> assertThat(measure(2031)).containsEntry("settlement.applications", 4.0)
			.containsEntry("settlement.online-share", 75.0)
			.containsEntry("settlement.approval-rate", 66.7)
			.containsEntry("settlement.average-working-days", 5.0));
	}

	@Test
	void redeliveredAndOutOfOrderEventsCountOnce() {
		long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
		ApplicationDecided decided = new ApplicationDecided(id, "N" + id, "SETTLEMENT", true, 1, false, 12,
				Instant.parse("2033-04-02T02:00:00Z"));
		ApplicationSubmitted submitted = new ApplicationSubmitted(id, "N" + id, "SETTLEMENT", false,
				Instant.parse("2033-03-01T02:00:00Z"));
		statistics.on(decided);
		statistics.on(submitted);
		statistics.on(decided);
		statistics.on(submitted);
		await().untilAsserted(() -> assertThat(statistics.figures(2033))
			.isEqualTo(new SettlementStatistics.YearFigures(2033, 1, 0, 1, 1, 12.0)));
	}

	@Test
	void indicatorsAreEmptyForAYearWithoutApplications() {
		assertThat(indicators.stream().filter(source -> source.key().startsWith("settlement.")))
			.hasSize(4)
			.allSatisfy(source -> {
				assertThat(source.measure(new IndicatorScope(1, 2032, 1))).isEmpty();
				assertThat(source.measuredTask()).isEqualTo("便捷落户");
			});
	}

	@Test
	void theDemoPlanShowsTheIndicatorsOnItsSettlementTasks() throws Exception {
		String plans = mvc.perform(get("/api/plans").with(httpBasic("supervisor", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the demo plan by its source: plans other tests import for this year come before it in the list
		List<Number> demo = JsonPath.read(plans, "$.items[?(@.sourceName == 'dashiqiao-2020-urbanization-plan.txt')].id");
		long planId = demo.get(0).longValue();
		mvc.perform(get("/api/plans/{id}", planId).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tasks[?(@.number == '二')].indicators[*].key").value(hasItems(
					"settlement.applications", "settlement.online-share", "settlement.approval-rate",
					"settlement.average-working-days")))
			// the other tasks naming 落户 are measured by other things: (三) by the residence permits and the services they open
			.andExpect(jsonPath("$.tasks[?(@.number == '一' || @.number == '三')].indicators[*].key")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("settlement.")))))
			.andExpect(jsonPath("$.tasks[?(@.number == '三')].indicators[*].key")
				.value(hasItems("residence.permits-issued", "residence.permits-valid", "residence.school-places-offered",
						"residence.housing-allocations", "residence.pension-enrolments")));
	}

	private Map<String, Double> measure(int year) {
		return indicators.stream()
			.filter(source -> source.key().startsWith("settlement."))
			.collect(Collectors.toMap(IndicatorSource::key,
					source -> source.measure(new IndicatorScope(1, year, 1)).map(value -> value.value()).orElse(-1.0)));
	}

	private long submit(String at, boolean online) {
		long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
		statistics.on(new ApplicationSubmitted(id, "N" + id, "SETTLEMENT", online, Instant.parse(at)));
		return id;
	}

	private void decide(long id, boolean approved, int workingDays, String at) {
		statistics.on(new ApplicationDecided(id, "N" + id, "SETTLEMENT", approved, 1, true, workingDays,
				Instant.parse(at)));
	}

}

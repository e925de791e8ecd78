package org.chengxiang.settlement;

import org.springframework.jdbc.core.simple.JdbcClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.directory.Directory;
import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.IndicatorSource.IndicatorScope;
import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ApplicationSubmitted;
import org.chengxiang.services.ServiceApplications;
import org.chengxiang.services.ServiceApplications.SubmittedForm;
import org.chengxiang.services.ServiceItemHandler.Applicant;
import org.chengxiang.settlement.SettlementForm.Destination;
import org.chengxiang.settlement.SettlementForm.Member;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;

/**
 * The events that cross into settlement, on the settlement module alone: an approval decided by the one-stop core
 * writes the household registry and announces {@link SettlementApproved}; submissions and decisions become the plan's
 * indicators of task (二). The module starts without its neighbours (the lightest bootstrap): the one-stop core's
 * form is answered by a stand-in, and so are the directory's look-ups and sign-in, which these events do not use.
 * No demo data is read: every application, person and year here is the test's own.
 */
@ApplicationModuleTest
class SettlementEventsIntegrationTests {

	@org.springframework.beans.factory.annotation.Autowired
	JdbcClient registryRows;

	@org.junit.jupiter.api.AfterEach
	void removeMadeUpRegistryRows() {
		MadeUpRegistryRows.remove(registryRows);
	}

	@MockitoBean
	ServiceApplications applications;

	@MockitoBean
	Directory directory;

	@MockitoBean
	UserDetailsService users;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	HouseholdRegistry registry;

	@Autowired
	SettlementStatistics statistics;

	@Autowired
	JsonMapper json;

	@Test
	void anApprovalWritesTheHouseholdRegistryAndAnnouncesTheSettlement(Scenario scenario) {
		long id = freshId();
		String number = "SE-" + id;
		String applicant = GeneratedIdNumbers.random();
		String spouse = GeneratedIdNumbers.random();
		given(applications.submittedForm(id, SettlementHandler.ITEM_CODE))
			.willReturn(Optional.of(new SubmittedForm(id, number, new Applicant(7, "王小明", applicant),
					formWithSpouse(spouse))));
		// 2040-03-01 17:00 UTC is already 2 March in Beijing: the settlement day is Beijing's
		ApplicationDecided approved = new ApplicationDecided(id, number, SettlementHandler.ITEM_CODE, true, 7, true, 4,
				Instant.parse("2040-03-01T17:00:00Z"));

		scenario.publish(approved)
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForEventOfType(SettlementApproved.class)
			.matching(event -> event.applicationNumber().equals(number))
			.toArriveAndVerify(event -> {
				assertThat(event.divisionCode()).isEqualTo(Forms.COMMUNITY);
				assertThat(event.persons()).isEqualTo(2);
				assertThat(event.settledOn()).isEqualTo(LocalDate.of(2040, 3, 2));
				// the township part of the community's code, then a serial
				assertThat(event.householdNumber()).matches("210882003-\\d{6}");
				assertThat(registry.householdNumberOf(number)).contains(event.householdNumber());
				HouseholdRegistry.HouseholdView household = registry.householdOf(spouse).orElseThrow();
				assertThat(household.householdNumber()).isEqualTo(event.householdNumber());
				assertThat(household.applicationNumber()).isEqualTo(number);
				assertThat(household.divisionCode()).isEqualTo(Forms.COMMUNITY);
				assertThat(household.persons()).extracting(HouseholdRegistry.PersonView::name,
						HouseholdRegistry.PersonView::relation, HouseholdRegistry.PersonView::settledOn)
					.containsExactly(tuple("王小明", HouseholdRelation.HEAD,
							LocalDate.of(2040, 3, 2)),
							tuple("李小红", HouseholdRelation.SPOUSE,
									LocalDate.of(2040, 3, 2)));
				assertThat(registry.isRegistered(applicant)).isTrue();
			});
	}

	@Test
	void submissionsAndDecisionsBecomeThePlansSettlementIndicators(Scenario scenario) {
		// 2041: a year no other test writes to, so the figures are exactly these two applications
		long online = freshId();
		long atCounter = freshId();
		given(applications.submittedForm(online, SettlementHandler.ITEM_CODE))
			.willReturn(Optional.of(new SubmittedForm(online, "SE-" + online,
					new Applicant(8, "赵大勇", GeneratedIdNumbers.random()), formWithSpouse(GeneratedIdNumbers.random()))));

		// one transaction, as the one-stop core's would be: the listeners hear its events after it commits
		scenario.stimulate((transactions, events) -> {
			transactions.executeWithoutResult(status -> {
				events.publishEvent(new ApplicationSubmitted(online, "SE-" + online, SettlementHandler.ITEM_CODE, true,
						Instant.parse("2041-04-01T02:00:00Z")));
				events.publishEvent(new ApplicationSubmitted(atCounter, "SE-" + atCounter, SettlementHandler.ITEM_CODE,
						false, Instant.parse("2041-04-02T02:00:00Z")));
				events.publishEvent(new ApplicationDecided(online, "SE-" + online, SettlementHandler.ITEM_CODE, true, 8,
						true, 4, Instant.parse("2041-04-08T02:00:00Z")));
				events.publishEvent(new ApplicationDecided(atCounter, "SE-" + atCounter, SettlementHandler.ITEM_CODE,
						false, 9, false, 7, Instant.parse("2041-04-12T02:00:00Z")));
				// another item's application is not a settlement and counts nowhere here
				events.publishEvent(new ApplicationSubmitted(atCounter + 1, "X-1", "RESIDENCE_PERMIT", true,
						Instant.parse("2041-04-03T02:00:00Z")));
			});
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> statistics.figures(2041), year -> year.submitted() == 2 && year.decided() == 2)
			.andVerify(year -> assertThat(measure(2041)).containsExactlyInAnyOrderEntriesOf(Map.of(
					"settlement.applications", 2.0, "settlement.online-share", 50.0,
					"settlement.approval-rate", 50.0, "settlement.average-working-days", 5.5)));
	}

	/**
	 * The settlement indicators that have a value for the year, by key. They are built here from the module's own
	 * configuration: a module test drops beans whose type belongs to a module it does not start (here the plan's
	 * {@link IndicatorSource}), so the plan reads exactly these objects only when it runs too.
	 */
	private Map<String, Double> measure(int year) {
		SettlementIndicators configuration = new SettlementIndicators();
		return Stream
			.of(configuration.settlementApplications(statistics, messages), configuration.settlementOnlineShare(statistics, messages),
					configuration.settlementApprovalRate(statistics, messages),
					configuration.settlementAverageWorkingDays(statistics, messages))
			.flatMap(source -> source.measure(new IndicatorScope(1, year, 1))
				.map(value -> Map.entry(source.key(), value.value()))
				.stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private String formWithSpouse(String spouseIdNumber) {
		SettlementForm form = Forms.withMembers(
				Forms.withDestination(Forms.form(), new Destination(Forms.COMMUNITY, null, "铁西社区 5 号楼 301")),
				List.of(new Member("李小红", spouseIdNumber, HouseholdRelation.SPOUSE)));
		return json.writeValueAsString(form);
	}

	private static long freshId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
	}

}

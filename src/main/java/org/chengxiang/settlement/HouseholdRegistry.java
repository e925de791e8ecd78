package org.chengxiang.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.web.ReaderLocale;
import org.chengxiang.services.ServiceItemHandler.Applicant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local household registry: who settled where, written by approved settlements. ID numbers are kept encrypted
 * and found by their blind index only.
 */
@Service
@Transactional(readOnly = true)
class HouseholdRegistry {

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	HouseholdRegistry(JdbcClient jdbc, PersonalDataProtector protector, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.protector = protector;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	boolean isRegistered(String idNumber) {
		return jdbc.sql("select exists (select 1 from settlement.resident where id_number_idx = :idx)")
			.param("idx", index(idNumber))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Registers an approved settlement: a new household headed by the applicant, with the members moving together,
	 * in one transaction, audited, and announced by {@link SettlementApproved}. Registering the same application
	 * again does nothing and answers empty, so a redelivered approval writes no second household.
	 */
	@Transactional
	Optional<SettlementApproved> register(String applicationNumber, Applicant applicant, SettlementForm form,
			LocalDate settledOn) {
		SettlementForm.Destination destination = form.destination();
		Optional<Long> household = jdbc.sql("""
				insert into settlement.household (household_number, address, division_code, grid_cell_id, created_at,
					source_application_number)
				values (:prefix || '-' || lpad(nextval('settlement.household_serial')::text, 6, '0'), :address,
					:division, :gridCell, :createdAt, :application)
				on conflict (source_application_number) do nothing
				returning id
				""")
			// the township part of the code, so that the number says where the household lives
			.param("prefix", destination.divisionCode().substring(0, 9))
			.param("address", destination.addressLine().strip())
			.param("division", destination.divisionCode())
			.param("gridCell", destination.gridCellId())
			.param("createdAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("application", applicationNumber)
			.query(Long.class)
			.optional();
		if (household.isEmpty()) {
			return Optional.empty();
		}
		long householdId = household.get();
		String origin = form.originHukouAddress().strip();
		List<PersonKey> registered = new ArrayList<>();
		int skipped = 0;
		List<Person> persons = new ArrayList<>();
		persons.add(new Person(applicant.name(), applicant.idNumber(), HouseholdRelation.HEAD));
		form.members().forEach(member -> persons.add(new Person(member.name(), member.idNumber(), member.relation())));
		for (Person person : persons) {
			if (registerPerson(householdId, person, origin, settledOn, applicationNumber)) {
				registered.add(protector.personKey(person.idNumber()));
			}
			else {
				skipped++;
			}
		}
		String householdNumber = jdbc.sql("select household_number from settlement.household where id = :id")
			.param("id", householdId)
			.query(String.class)
			.single();
		SettlementApproved approved = new SettlementApproved(applicationNumber, householdNumber,
				destination.divisionCode(), registered.size(), List.copyOf(registered), settledOn);
		AuditEvent entry = AuditEvent.of("settlement.registered", "Household", householdNumber, null, approved);
		// Validation refuses people already registered; only a race between two approvals gets here.
		audit.record(skipped == 0 ? entry
				: entry.withDetail(skipped + " already registered in the city, not registered again"));
		events.publishEvent(approved);
		return Optional.of(approved);
	}

	/** The number of the household an approved application wrote, once it is written. */
	Optional<String> householdNumberOf(String applicationNumber) {
		return jdbc.sql("select household_number from settlement.household where source_application_number = :n")
			.param("n", applicationNumber)
			.query(String.class)
			.optional();
	}

	/** The household of a registered person, ID numbers masked; the look-up is audited. */
	@Transactional
	Optional<HouseholdView> householdOf(String idNumber) {
		Optional<HouseholdView> found = jdbc.sql("""
				select h.id, h.household_number, h.address, h.division_code, h.grid_cell_id,
					h.source_application_number
				from settlement.household h join settlement.resident r on r.household_id = h.id
				where r.id_number_idx = :idx
				""")
			.param("idx", index(idNumber))
			.query((rs, n) -> new HouseholdView(rs.getString("household_number"), rs.getString("address"),
					rs.getString("division_code"), (Long) rs.getObject("grid_cell_id"),
					rs.getString("source_application_number"), residents(rs.getLong("id"))))
			.optional();
		found.ifPresent(household -> audit.record(AuditEvent.of("settlement.registry.looked-up", "Household",
				household.householdNumber(), null, null)));
		return found;
	}

	/** Most households a page lists. */
	static final int PAGE_SIZE = 50;

	/**
	 * Households registered by settlement, newest first, a page at a time (before the given id): number, address,
	 * head's name, how many people, when. No ID numbers: those are shown only for a looked-up household.
	 */
	@Transactional(readOnly = true)
	List<HouseholdSummary> recent(Long beforeId) {
		return jdbc.sql("""
				select h.id, h.household_number, h.address, h.division_code, h.source_application_number,
				    count(r.id) as persons,
				    min(r.name) filter (where r.relation = 'HEAD') as head, min(r.settled_on) as settled_on
				from settlement.household h left join settlement.resident r on r.household_id = h.id
				where h.id < :before
				group by h.id order by h.id desc limit :size
				""")
			.param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
			.param("size", PAGE_SIZE)
			.query((rs, n) -> new HouseholdSummary(rs.getLong("id"), rs.getString("household_number"),
					rs.getString("address"), rs.getString("division_code"), rs.getString("head"),
					rs.getInt("persons"), rs.getObject("settled_on", LocalDate.class),
					rs.getString("source_application_number")))
			.list();
	}

	/** How many households and people settlement has registered. */
	@Transactional(readOnly = true)
	long[] totals() {
		return jdbc.sql("select (select count(*) from settlement.household), (select count(*) from settlement.resident)")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private boolean registerPerson(long householdId, Person person, String origin, LocalDate settledOn,
			String applicationNumber) {
		String id = PersonalDataProtector.normalizeIdNumber(person.idNumber());
		return jdbc.sql("""
				insert into settlement.resident (household_id, name, id_number_enc, id_number_idx, relation,
					origin_hukou_address, settled_on, application_number)
				values (:household, :name, :enc, :idx, :relation, :origin, :settledOn, :application)
				on conflict (id_number_idx) do nothing
				""")
			.param("household", householdId)
			.param("name", person.name().strip())
			.param("enc", protector.encrypt(id))
			.param("idx", protector.blindIndex(id))
			.param("relation", person.relation().name())
			.param("origin", origin)
			.param("settledOn", settledOn)
			.param("application", applicationNumber)
			.update() == 1;
	}

	private List<PersonView> residents(long householdId) {
		return jdbc.sql("""
				select name, id_number_enc, relation, origin_hukou_address, settled_on from settlement.resident
				where household_id = :household order by relation <> 'HEAD', id
				""")
			.param("household", householdId)
			.query((rs, n) -> {
				HouseholdRelation relation = HouseholdRelation.valueOf(rs.getString("relation"));
				return new PersonView(rs.getString("name"),
						Masking.idNumber(protector.decrypt(rs.getBytes("id_number_enc"))), relation,
						messages.getMessage(relation.messageKey(), null, ReaderLocale.current()),
						rs.getString("origin_hukou_address"),
						rs.getObject("settled_on", LocalDate.class));
			})
			.list();
	}

	private byte[] index(String idNumber) {
		return protector.blindIndex(PersonalDataProtector.normalizeIdNumber(idNumber));
	}

	private record Person(String name, String idNumber, HouseholdRelation relation) {
	}

	/**
	 * A household in the registry's list.
	 *
	 * @param id its row, for paging
	 * @param head the head's name
	 * @param persons how many people it holds
	 * @param settledOn when its first people settled
	 * @param applicationNumber the settlement application that created it
	 */
	record HouseholdSummary(long id, String householdNumber, String address, String divisionCode, String head,
			int persons, LocalDate settledOn, String applicationNumber) {
	}

	/**
	 * A household as police see it.
	 *
	 * @param householdNumber its number
	 * @param address street, building and room
	 * @param divisionCode the community or village
	 * @param gridCellId the grid cell, if known
	 * @param applicationNumber the settlement application that created it
	 * @param persons its people, the head first
	 */
	record HouseholdView(String householdNumber, String address, String divisionCode, Long gridCellId,
			String applicationNumber, List<PersonView> persons) {
	}

	/**
	 * A registered person, ID number masked.
	 *
	 * @param name their name
	 * @param idNumber masked, e.g. 2108**********1516
	 * @param relation their relation to the head
	 * @param relationName the same in words, in the reader's language
	 * @param originHukouAddress where their hukou came from
	 * @param settledOn when they settled
	 */
	record PersonView(String name, String idNumber, HouseholdRelation relation, String relationName,
			String originHukouAddress, LocalDate settledOn) {
	}

}

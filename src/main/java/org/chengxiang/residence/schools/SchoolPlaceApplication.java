package org.chengxiang.residence.schools;

import java.time.Instant;
import java.time.LocalDate;

import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A child's application for a school place in a year's round, recorded when the guardian submits it at the one-stop
 * core: the child and guardian by the blind index of their ID numbers (the child's name and number kept encrypted),
 * the school and grade, the home grid cell and the start of registered residence. The round's draw gives it an
 * outcome; an offer is then accepted or declined, and a declined place goes to the next on the waiting list.
 */
@Table(schema = "residence", name = "school_application")
final class SchoolPlaceApplication extends AbstractAggregateRoot<SchoolPlaceApplication> {

	@Id
	private Long id;

	private long applicationId;

	private String applicationNumber;

	private long guardianUserId;

	private byte[] guardianKey;

	private byte[] childKey;

	@Column("child_name_enc")
	private byte[] childName;

	@Column("child_id_enc")
	private byte[] childIdNumber;

	private int year;

	private String grade;

	private long school;

	private long gridCellId;

	private LocalDate residenceSince;

	private boolean siblingDeclared;

	private PlaceStatus status;

	private Boolean catchment;

	private Boolean sibling;

	private Long lottery;

	private Integer priorityRank;

	private Instant offeredAt;

	private Instant answeredAt;

	@Version
	private Integer version;

	private SchoolPlaceApplication() {
	}

	/**
	 * An application as submitted.
	 *
	 * @param core the one-stop core's application id and number
	 * @param childName the child's name, encrypted
	 * @param childIdNumber the child's ID number, encrypted
	 */
	static SchoolPlaceApplication applied(long core, String number, long guardianUserId, byte[] guardianKey,
			byte[] childKey, byte[] childName, byte[] childIdNumber, int year, String grade, long school,
			long gridCellId, LocalDate residenceSince, boolean siblingDeclared) {
		SchoolPlaceApplication a = new SchoolPlaceApplication();
		a.applicationId = core;
		a.applicationNumber = number;
		a.guardianUserId = guardianUserId;
		a.guardianKey = guardianKey;
		a.childKey = childKey;
		a.childName = childName;
		a.childIdNumber = childIdNumber;
		a.year = year;
		a.grade = grade;
		a.school = school;
		a.gridCellId = gridCellId;
		a.residenceSince = residenceSince;
		a.siblingDeclared = siblingDeclared;
		a.status = PlaceStatus.APPLIED;
		return a;
	}

	/** Withdrawn or refused at the one-stop core before the draw; after the draw the outcome stands. */
	void withdraw() {
		if (status == PlaceStatus.APPLIED) {
			status = PlaceStatus.WITHDRAWN;
		}
	}

	/** The guardian takes the offered place. */
	void accept(Instant at) {
		if (status != PlaceStatus.OFFERED) {
			throw StepRefused.because("residence.schools.offer.notOffered");
		}
		status = PlaceStatus.ACCEPTED;
		answeredAt = at;
	}

	/** The guardian turns the offered place down; the place goes to the next on the waiting list. */
	void decline(Instant at) {
		if (status != PlaceStatus.OFFERED) {
			throw StepRefused.because("residence.schools.offer.notOffered");
		}
		status = PlaceStatus.DECLINED;
		answeredAt = at;
	}

	/** The next on the waiting list is offered the place a declined offer freed. */
	void moveUp(Instant at) {
		if (status != PlaceStatus.WAITING) {
			throw StepRefused.because("residence.schools.offer.notWaiting");
		}
		status = PlaceStatus.OFFERED;
		offeredAt = at;
		registerEvent(new SchoolPlaceAllocated(year, school, grade, applicationId, guardianUserId, at));
	}

	Long id() {
		return id;
	}

	long applicationId() {
		return applicationId;
	}

	long guardianUserId() {
		return guardianUserId;
	}

	int year() {
		return year;
	}

	String grade() {
		return grade;
	}

	long school() {
		return school;
	}

	PlaceStatus status() {
		return status;
	}

	Integer version() {
		return version;
	}

}

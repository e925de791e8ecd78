package org.chengxiang.residence.pension;

import java.time.LocalDate;

import org.chengxiang.platform.crypto.PersonKey;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person enrolled in the pension scheme as a flexible worker for a year, from an approved application.
 */
@Table(schema = "residence", name = "pension_enrolment")
final class PensionEnrolment extends AbstractAggregateRoot<PensionEnrolment> {

	@Id
	private Long id;

	private long applicationId;

	private String applicationNumber;

	private long applicantUserId;

	private byte[] personKey;

	private int year;

	private int contributionBase;

	private LocalDate enrolledOn;

	@Version
	private Integer version;

	private PensionEnrolment() {
	}

	static PensionEnrolment enrol(long applicationId, String applicationNumber, long applicantUserId, PersonKey person,
			int year, int contributionBase, LocalDate enrolledOn) {
		PensionEnrolment enrolment = new PensionEnrolment();
		enrolment.applicationId = applicationId;
		enrolment.applicationNumber = applicationNumber;
		enrolment.applicantUserId = applicantUserId;
		enrolment.personKey = person.bytes();
		enrolment.year = year;
		enrolment.contributionBase = contributionBase;
		enrolment.enrolledOn = enrolledOn;
		return enrolment;
	}

	Long id() {
		return id;
	}

	long applicantUserId() {
		return applicantUserId;
	}

	int year() {
		return year;
	}

	int contributionBase() {
		return contributionBase;
	}

}

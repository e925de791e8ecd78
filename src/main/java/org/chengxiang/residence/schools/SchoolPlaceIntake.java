package org.chengxiang.residence.schools;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.residence.ResidenceClock;
import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ApplicationSubmitted;
import org.chengxiang.services.ServiceApplications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records a child's application for the year's round when the guardian submits it at the one-stop core, and takes
 * it out of the round when the core refuses it. Events may arrive more than once: an application is recorded once.
 */
@Service
class SchoolPlaceIntake {

	private static final Logger log = LoggerFactory.getLogger(SchoolPlaceIntake.class);

	private final ServiceApplications core;

	private final SchoolPlaceApplications applications;

	private final PersonalDataProtector protector;

	private final JsonMapper json;

	private final ResidenceClock clock;

	SchoolPlaceIntake(ServiceApplications core, SchoolPlaceApplications applications, PersonalDataProtector protector,
			JsonMapper json, ResidenceClock clock) {
		this.core = core;
		this.applications = applications;
		this.protector = protector;
		this.json = json;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ApplicationSubmitted event) {
		if (!SchoolPlaceHandler.ITEM_CODE.equals(event.itemCode())
				|| applications.findByApplicationId(event.applicationId()).isPresent()) {
			return;
		}
		core.submittedForm(event.applicationId(), SchoolPlaceHandler.ITEM_CODE).ifPresent(submitted -> {
			SchoolPlaceForm form = SchoolPlaceForm.read(json, submitted.formJson());
			String childId = PersonalDataProtector.normalizeIdNumber(form.childIdNumber());
			byte[] child = protector.personKey(childId).bytes();
			if (applications.childApplied(form.year(), child)) {
				// the other parent applied first: the child takes part once; the core's application stays as it is
				log.warn("School place application {}: the child has an application in the {} round already",
						submitted.number(), form.year());
				return;
			}
			PersonKey guardian = protector.personKey(submitted.applicant().idNumber());
			// residence counts from the city's registration where it holds one (restarted by a late endorsement);
			// otherwise from the day declared, which the clerk checked against the evidence
			LocalDate residenceSince = clock.current(guardian)
				.map(ResidenceClock.Residence::countedFrom)
				.orElse(form.residenceStart());
			applications.save(SchoolPlaceApplication.applied(submitted.applicationId(), submitted.number(),
					submitted.applicant().userId(), guardian.bytes(), child, protector.encrypt(form.childName().strip()),
					protector.encrypt(childId), form.year(), form.grade(), form.schoolId(), form.gridCellId(),
					residenceSince, form.sibling()));
			log.info("School place application {} recorded for the {} round", submitted.number(), form.year());
		});
	}

	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		if (!SchoolPlaceHandler.ITEM_CODE.equals(event.itemCode()) || event.approved()) {
			return;
		}
		applications.findByApplicationId(event.applicationId()).ifPresent(application -> {
			application.withdraw();
			applications.save(application);
		});
	}

}

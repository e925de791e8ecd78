package org.chengxiang.residence.schools;

import java.util.Set;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The education bureau's schools: opened, described, and their places set per grade and year. */
@Service
@Transactional
class SchoolDesk {

	private final Schools schools;

	private final Grades grades;

	private final AuditTrail audit;

	private final Directory directory;

	SchoolDesk(Schools schools, Grades grades, AuditTrail audit, Directory directory) {
		this.schools = schools;
		this.grades = grades;
		this.audit = audit;
		this.directory = directory;
	}

	long open(String name, SchoolKind kind, String divisionCode, Set<Long> gridCells) {
		if (schools.existsByName(name)) {
			throw RuleBroken.at("name", "residence.schools.school.nameTaken");
		}
		checkPlaces(divisionCode, gridCells);
		School school = schools.save(School.open(name, kind, divisionCode, gridCells));
		audit.record(AuditEvent.of("residence.school.opened", "School", school.id(), null, name));
		return school.id();
	}

	void describe(long id, int version, String name, SchoolKind kind, String divisionCode, Set<Long> gridCells) {
		School school = find(id, version);
		checkPlaces(divisionCode, gridCells);
		school.describe(name, kind, divisionCode, gridCells);
		schools.save(school);
		audit.record(AuditEvent.of("residence.school.described", "School", id, null, name));
	}

	void offer(long id, int version, int year, String gradeCode, int places) {
		School school = find(id, version);
		Grade grade = grades.find(gradeCode)
			.orElseThrow(() -> RuleBroken.at("grade", "residence.schools.places.gradeUnknown"));
		school.offer(year, grade, places);
		schools.save(school);
		audit.record(AuditEvent.of("residence.school.places-set", "School", id, null,
				year + " " + gradeCode + " " + places));
	}

	/** The place is a community or village of the city, and every cell a grid cell of it. */
	private void checkPlaces(String divisionCode, Set<Long> gridCells) {
		if (directory.placeChoices().place(divisionCode).isEmpty()) {
			throw RuleBroken.at("divisionCode", "residence.schools.school.place.required");
		}
		if (gridCells.stream().anyMatch(cell -> cell == null || directory.gridCell(cell).isEmpty())) {
			throw RuleBroken.at("gridCells", "residence.schools.school.catchmentRequired");
		}
	}

	private School find(long id, int version) {
		School school = schools.findById(id).orElseThrow(() -> new NoSuchRecord("school " + id));
		if (school.version() != version) {
			throw new StaleVersion();
		}
		return school;
	}

}

package org.chengxiang.cityops.cases;

import java.time.Instant;

import org.chengxiang.directory.GridCellSummary;

/**
 * A report to take in: from a person (a grid officer, the hotline, a resident) or from a sensor alarm.
 *
 * @param reporter the login name of who reported, or {@link CaseIntake#SYSTEM} for an alarm
 * @param reporterUserId their user id, none for an alarm
 * @param reporterRole their role's code, none for an alarm
 */
record Report(CaseSource source, String classCode, String description, double longitude, double latitude,
		GridCellSummary cell, String reporter, Long reporterUserId, String reporterRole, Instant at) {
}

package org.chengxiang.cityops.sensors;

import java.time.Duration;
import java.time.Instant;

import org.chengxiang.cityops.AlarmSeverity;

/**
 * A threshold rule of a device type: "above 0.5 m for 5 minutes: warning". The rules of one type and one
 * direction form a family; a device has at most one active alarm per family.
 *
 * @param id its id
 * @param typeCode the device type
 * @param comparison above or below the threshold
 * @param threshold the threshold, in the type's unit
 * @param durationMinutes how long the condition must hold before the alarm; 0 = at once
 * @param severity the alarm's severity
 * @param active whether it is evaluated
 * @param version for concurrent edits
 */
record Rule(long id, String typeCode, Comparison comparison, double threshold, int durationMinutes,
		AlarmSeverity severity, boolean active, int version) {

	/** Above or below. */
	enum Comparison {

		ABOVE, BELOW;

		boolean holds(double value, double threshold) {
			return this == ABOVE ? value > threshold : value < threshold;
		}

	}

	boolean holds(double value) {
		return comparison.holds(value, threshold);
	}

	/** Whether a condition holding since {@code since} has lasted long enough at {@code at}. */
	boolean metAt(Instant since, Instant at) {
		return !Duration.between(since, at).minusMinutes(durationMinutes).isNegative();
	}

	String family() {
		return comparison.name();
	}

}

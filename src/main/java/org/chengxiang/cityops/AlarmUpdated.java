package org.chengxiang.cityops;

import java.time.Instant;

/**
 * An active alarm changed severity or was escalated: the case it opened records it instead of a new case
 * being opened.
 *
 * @param alarmId the alarm
 * @param severity its severity now
 * @param summary what changed, Chinese
 * @param at when
 */
public record AlarmUpdated(long alarmId, AlarmSeverity severity, String summary, Instant at) {
}

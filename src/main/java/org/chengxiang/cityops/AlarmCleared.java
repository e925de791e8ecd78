package org.chengxiang.cityops;

import java.time.Instant;

/**
 * An alarm's condition recovered: the case it opened shows it.
 *
 * @param alarmId the alarm
 * @param summary the recovering reading, Chinese, e.g. 「水位回落至 0.42 m」
 * @param clearedAt when
 */
public record AlarmCleared(long alarmId, String summary, Instant clearedAt) {
}

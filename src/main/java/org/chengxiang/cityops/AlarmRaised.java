package org.chengxiang.cityops;

import java.time.Instant;

/**
 * A sensor alarm became active: the case side opens a case for it, or links it to an open case of the same
 * class nearby.
 *
 * @param alarmId the alarm
 * @param deviceCode the device that raised it
 * @param caseClassCode the case class (部件/事件 subclass code) the alarm is filed under
 * @param gridCellId the grid cell the device stands in
 * @param longitude where the device stands (WGS 84)
 * @param latitude where the device stands (WGS 84)
 * @param severity the alarm's severity
 * @param summary what happened, Chinese, e.g. 「雨水井 YS-003 水位 1.32 m，超过 1.0 m 持续 5 分钟」
 * @param raisedAt when the condition was met
 */
public record AlarmRaised(long alarmId, String deviceCode, String caseClassCode, long gridCellId, double longitude,
		double latitude, AlarmSeverity severity, String summary, Instant raisedAt) {
}

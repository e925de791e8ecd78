package org.chengxiang.cityops;

/**
 * How serious an alarm is, lowest first.
 */
public enum AlarmSeverity {

	/** 提示 */
	NOTICE,
	/** 一般 */
	WARNING,
	/** 严重 */
	SEVERE,
	/** 紧急 */
	CRITICAL

}

package org.chengxiang.cityops.cases;

import org.chengxiang.cityops.AlarmCleared;
import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.AlarmUpdated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sensor alarms and cases: heard in the publishing transaction, so the case exists when the alarm commits.
 * A raised alarm opens a case of its class (or is linked to an open one nearby); updates and clearing are
 * written on that case's timeline, and the case stays open for a person to close.
 */
@Component
class AlarmCases {

	private final CaseIntake desk;

	AlarmCases(CaseIntake desk) {
		this.desk = desk;
	}

	@EventListener
	void on(AlarmRaised alarm) {
		desk.openFor(alarm);
	}

	@EventListener
	void on(AlarmUpdated alarm) {
		desk.alarmUpdated(alarm);
	}

	@EventListener
	void on(AlarmCleared alarm) {
		desk.alarmCleared(alarm);
	}

}

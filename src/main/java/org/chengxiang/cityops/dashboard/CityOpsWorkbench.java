package org.chengxiang.cityops.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.chengxiang.cityops.cases.CaseBoard;
import org.chengxiang.cityops.cases.CaseTab;
import org.chengxiang.cityops.sensors.SensorBoard;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The home page's counts from city operations: the cases at the step each role works on, overdue ones, and
 * alarms nobody has acknowledged, all within the person's scope.
 */
@Component
@Order(2)
class CityOpsWorkbench implements Workbench {

	private final CaseBoard cases;

	private final SensorBoard sensors;

	CityOpsWorkbench(CaseBoard cases, SensorBoard sensors) {
		this.cases = cases;
		this.sensors = sensors;
	}

	@Override
	public List<Item> items(CurrentUser user) {
		List<Item> items = new ArrayList<>();
		switch (user.role()) {
			case OPERATOR -> {
				items.add(tab(user, CaseTab.TO_FILE, false));
				items.add(tab(user, CaseTab.TO_DISPATCH, false));
				items.add(tab(user, CaseTab.TO_CLOSE, false));
				items.add(tab(user, CaseTab.OVERDUE, true));
				items.add(alarms(user));
			}
			case CLERK, DEPARTMENT_LEAD -> {
				items.add(tab(user, CaseTab.HANDLING, false));
				items.add(tab(user, CaseTab.OVERDUE, true));
			}
			case GRID_OFFICER -> {
				items.add(tab(user, CaseTab.TO_VERIFY, false));
				items.add(tab(user, CaseTab.OVERDUE, true));
			}
			case SUPERVISOR, ADMIN -> {
				items.add(tab(user, CaseTab.OVERDUE, true));
				items.add(tab(user, CaseTab.HANGING, true));
				items.add(alarms(user));
			}
			default -> {
			}
		}
		return items;
	}

	private Item tab(CurrentUser user, CaseTab tab, boolean urgent) {
		return new Item("home.work.cases." + tab.name(), cases.count(user.scope(), tab), "/cityops/cases?tab=" + tab.name(),
				urgent);
	}

	private Item alarms(CurrentUser user) {
		return new Item("home.work.alarms", sensors.unacknowledged(user.scope()), "/cityops/alarms?state=ACTIVE", true);
	}

}

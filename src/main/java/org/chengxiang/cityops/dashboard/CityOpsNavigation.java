package org.chengxiang.cityops.dashboard;

import java.util.List;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Navigation;
import org.chengxiang.platform.web.NavigationEntry;

import org.springframework.stereotype.Component;

import static org.chengxiang.platform.web.NavigationEntry.heading;
import static org.chengxiang.platform.web.NavigationEntry.link;
import static org.chengxiang.platform.web.NavigationEntry.roles;

/**
 * City operations in the menu: a resident's street reports under the services heading; the dashboard, cases,
 * alarms, sensors, gateways and the monthly bulletin for staff.
 */
@Component
class CityOpsNavigation implements Navigation {

	@Override
	public List<NavigationEntry> entries() {
		return List.of(link(130, "nav.cityopsReport", "/cityops/cases/new", roles(Role.RESIDENT)),
				link(140, "nav.cityopsMine", "/cityops/cases", roles(Role.RESIDENT)),
				heading(200, "nav.group.cityops", roles(Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR, Role.GRID_OFFICER,
						Role.CLERK, Role.DEPARTMENT_LEAD)),
				link(210, "nav.cityopsDashboard", "/cityops/dashboard",
						roles(Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR)),
				link(220, "nav.cityopsCases", "/cityops/cases", roles(Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR,
						Role.GRID_OFFICER, Role.CLERK, Role.DEPARTMENT_LEAD)),
				link(230, "cityops.case.new", "/cityops/cases/new", roles(Role.GRID_OFFICER, Role.OPERATOR)),
				link(240, "nav.cityopsAlarms", "/cityops/alarms", roles(Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR)),
				link(250, "nav.cityopsSensors", "/cityops/sensors", roles(Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR)),
				link(260, "nav.cityopsGateways", "/cityops/gateways", roles(Role.ADMIN)),
				link(270, "nav.cityopsBulletin", "/cityops/bulletin",
						roles(Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR, Role.DEPARTMENT_LEAD)));
	}

}

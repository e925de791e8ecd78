package org.chengxiang.cityops.dashboard;

import org.chengxiang.platform.security.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The operations dashboard: the page, its snapshot as JSON and the live stream that says when to refresh.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR')")
class DashboardController {

	private final Dashboard dashboard;

	private final DashboardPulse pulse;

	DashboardController(Dashboard dashboard, DashboardPulse pulse) {
		this.dashboard = dashboard;
		this.pulse = pulse;
	}

	@GetMapping("/cityops/dashboard")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("snapshot", dashboard.snapshot(user.scope()));
		return "cityops/dashboard";
	}

	@GetMapping("/api/cityops/dashboard")
	@ResponseBody
	@Operation(summary = "The operations dashboard snapshot: cases, alarms, sensors and plan progress")
	Dashboard.Snapshot snapshot(@AuthenticationPrincipal CurrentUser user) {
		return dashboard.snapshot(user.scope());
	}

	@GetMapping(path = "/cityops/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream() {
		return pulse.connect();
	}

}

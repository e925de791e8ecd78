package org.chengxiang.cityops.dashboard;

import org.chengxiang.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The operations centre's wall: a full-screen page for the big screen, and its figures as JSON. It stays live
 * through the dashboard's event stream; whoever may see the dashboard may see the wall, within the same scope.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR')")
class WallController {

	private final Dashboard dashboard;

	private final Wall wall;

	WallController(Dashboard dashboard, Wall wall) {
		this.dashboard = dashboard;
		this.wall = wall;
	}

	@GetMapping("/cityops/wall")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("snapshot", dashboard.snapshot(user.scope()));
		return "cityops/wall";
	}

	@GetMapping("/api/cityops/wall")
	@ResponseBody
	@Operation(summary = "The wall's figures: case and alarm trends, evaluation ranking, sensor health, plan lights, open case locations")
	Wall.Figures figures(@AuthenticationPrincipal CurrentUser user) {
		return wall.figures(user.scope());
	}

}

package org.chengxiang.cityops.sensors;

import java.util.List;

import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alarms page: alarms in scope with filters, the escalation notices for the leadership, acknowledging an alarm,
 * and the demo's flood.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','DEPARTMENT_LEAD','CLERK','GRID_OFFICER')")
class AlarmPages {

	private static final int PAGE = 50;

	private static final String LIST = "cityops/sensors/alarms";

	private final Alarms alarms;

	private final SensorBoard board;

	private final Devices devices;

	private final Directory directory;

	private final ObjectProvider<Simulator> simulator;

	AlarmPages(Alarms alarms, SensorBoard board, Devices devices, Directory directory,
			ObjectProvider<Simulator> simulator) {
		this.alarms = alarms;
		this.board = board;
		this.devices = devices;
		this.directory = directory;
		this.simulator = simulator;
	}

	/** An operator's acknowledgement of an alarm: what is being done about it. */
	record AcknowledgementForm(String note) {
	}

	@GetMapping("/cityops/alarms")
	String alarms(@RequestParam(required = false) String state, @RequestParam(required = false) AlarmSeverity severity,
			@RequestParam(required = false) Long beforeId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("acknowledgement", new AcknowledgementForm(""));
		return list(state, severity, beforeId, user, model);
	}

	@PostMapping("/cityops/alarms/{id}/acknowledgement")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String acknowledge(@PathVariable long id, @ModelAttribute("acknowledgement") AcknowledgementForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		board.alarm(user.scope(), id).orElseThrow(() -> new NoSuchRecord("alarm " + id));
		try {
			alarms.acknowledge(id, form.note(), user);
			Flash.success(redirect, "cityops.alarm.flash.acknowledged");
			return "redirect:/cityops/alarms";
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		model.addAttribute("acknowledgedId", id);
		return list(null, null, null, user, model);
	}

	@PostMapping("/cityops/alarms/flood")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String flood(RedirectAttributes redirect) {
		Simulator sim = simulator.getIfAvailable();
		if (sim == null) {
			Flash.error(redirect, "cityops.alarm.flash.noSimulator");
		}
		else {
			sim.startFlood();
			Flash.success(redirect, "cityops.alarm.flash.flood");
		}
		return "redirect:/cityops/alarms";
	}

	private String list(String state, AlarmSeverity severity, Long beforeId, CurrentUser user, Model model) {
		List<SensorBoard.AlarmRow> rows = board.alarms(user.scope(), SensorsApi.active(state), severity, beforeId, PAGE,
				true);
		model.addAttribute("rows", rows);
		model.addAttribute("nextBeforeId", rows.size() == PAGE ? rows.get(rows.size() - 1).id() : null);
		model.addAttribute("state", state);
		model.addAttribute("severity", severity == null ? null : severity.name());
		model.addAttribute("severities", AlarmSeverity.values());
		model.addAttribute("health", devices.healthCounts(user));
		model.addAttribute("notices", seesNotices(user) ? board.notices(10) : List.of());
		Simulator sim = simulator.getIfAvailable();
		model.addAttribute("simulator", sim != null);
		model.addAttribute("flooding", sim != null && sim.flooding());
		return LIST;
	}

	/** The escalation notices are for the leadership: administrators, supervision, the operations centre's lead. */
	private boolean seesNotices(CurrentUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR)
				|| (user.hasRole(Role.DEPARTMENT_LEAD) && user.departmentId() != null
						&& directory.department(user.departmentId()).map(d -> "CITYOPS".equals(d.code())).orElse(false));
	}

}

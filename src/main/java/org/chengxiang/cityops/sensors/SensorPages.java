package org.chengxiang.cityops.sensors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.FailedForm;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.Wording;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the sensors: the device list with health and filters, a device with the chart of its latest
 * readings, registering and editing devices, the threshold rules, and the alarms with acknowledgement.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','DEPARTMENT_LEAD','CLERK','GRID_OFFICER')")
class SensorPages {

	private static final int PAGE = 50;

	private final Devices devices;

	private final Rules rules;

	private final Alarms alarms;

	private final SensorBoard board;

	private final Directory directory;

	private final Validator validator;

	private final ObjectProvider<Simulator> simulator;

	private final Gateways gateways;

	SensorPages(Devices devices, Rules rules, Alarms alarms, SensorBoard board, Directory directory,
			Validator validator, ObjectProvider<Simulator> simulator, Gateways gateways) {
		this.devices = devices;
		this.rules = rules;
		this.alarms = alarms;
		this.board = board;
		this.directory = directory;
		this.validator = validator;
		this.simulator = simulator;
		this.gateways = gateways;
	}

	@GetMapping("/cityops/sensors")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String town,
			@RequestParam(required = false) String after, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<Devices.View> rows = devices.list(user, type, town, after, PAGE);
		model.addAttribute("rows", rows);
		model.addAttribute("nextAfter", rows.size() == PAGE ? rows.get(rows.size() - 1).code() : null);
		model.addAttribute("health", devices.healthCounts(user));
		model.addAttribute("types", devices.types());
		model.addAttribute("towns", directory.townships());
		model.addAttribute("type", type);
		model.addAttribute("town", town);
		model.addAttribute("canEdit", canEdit(user));
		return "cityops/sensors/list";
	}

	@GetMapping("/cityops/sensors/{code}")
	String device(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
		Devices.View device = devices.view(code, user);
		model.addAttribute("d", device);
		model.addAttribute("alarms", board.alarmsOfDevice(user.scope(), code, 10));
		model.addAttribute("canEdit", canEdit(user));
		return "cityops/sensors/device";
	}

	@GetMapping("/cityops/sensors/new")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String newDevice(Model model) {
		return form(model, Map.of("intervalSeconds", "60", "active", "true"), null, false);
	}

	@PostMapping("/cityops/sensors/new")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String register(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			Devices.View view = devices.register(command(form), user);
			Flash.success(redirect, "cityops.sensor.flash.registered");
			return "redirect:/cityops/sensors/" + view.code();
		}
		catch (RuleBroken ex) {
			return form(model, form, ex.problems(), false);
		}
	}

	@GetMapping("/cityops/sensors/{code}/edit")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String edit(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
		Devices.View d = devices.view(code, user);
		Map<String, String> values = new java.util.HashMap<>(Map.of("code", d.code(), "typeCode", d.typeCode(), "name",
				d.name(), "longitude", String.valueOf(d.longitude()), "latitude", String.valueOf(d.latitude()),
				"intervalSeconds", String.valueOf(d.intervalSeconds()), "active", String.valueOf(d.active()), "version",
				String.valueOf(d.version())));
		values.put("gatewayCode", d.gatewayCode() == null ? "" : d.gatewayCode());
		return form(model, values, null, true);
	}

	@PostMapping("/cityops/sensors/{code}/edit")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String update(@PathVariable String code, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Map<String, String> values = new java.util.HashMap<>(form);
		values.put("code", code);
		try {
			devices.update(code, command(values), user);
			Flash.success(redirect, "cityops.sensor.flash.saved");
			return "redirect:/cityops/sensors/" + code;
		}
		catch (RuleBroken ex) {
			return form(model, values, ex.problems(), true);
		}
		catch (StepRefused ex) {
			return form(model, values, List.of(new RuleBroken.Problem("version", ex.getMessage())), true);
		}
	}

	private String form(Model model, Map<String, String> values, List<RuleBroken.Problem> problems,
			boolean editing) {
		model.addAttribute("v", values);
		model.addAttribute("problems", problems == null ? null : problems.stream()
			.map(p -> new RuleBroken.Problem(p.field(), Wording.inReaderLanguage(p.message()), p.rule()))
			.toList());
		model.addAttribute("editing", editing);
		model.addAttribute("types", devices.types());
		model.addAttribute("gateways", gateways.options());
		return "cityops/sensors/form";
	}

	private Devices.SaveDevice command(Map<String, String> form) {
		List<RuleBroken.Problem> problems = new ArrayList<>();
		Double lng = number(form, "longitude", problems);
		Double lat = number(form, "latitude", problems);
		Double interval = number(form, "intervalSeconds", problems);
		Integer version = form.get("version") == null || form.get("version").isBlank() ? null
				: Integer.valueOf(form.get("version"));
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		return CommandChecks.valid(validator, new Devices.SaveDevice(trim(form.get("code")), trim(form.get("typeCode")),
				trim(form.get("name")), lng, lat, interval == null ? null : interval.intValue(),
				form.containsKey("active") && !"false".equals(form.get("active")), version, trim(form.get("gatewayCode"))));
	}

	// --- rules ---

	@GetMapping("/cityops/sensors/rules")
	String rules(@AuthenticationPrincipal CurrentUser user, Model model) {
		return rulesPage(user, FailedForm.NONE, model);
	}

	private String rulesPage(CurrentUser user, FailedForm failed, Model model) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("types", devices.types());
		model.addAttribute("severities", AlarmSeverity.values());
		model.addAttribute("canEdit", canEdit(user));
		model.addAttribute(FailedForm.ATTRIBUTE, failed);
		return "cityops/sensors/rules";
	}

	/** A rule's form: a row of the table, or the new rule's; a refused one is shown again as sent. */
	@PostMapping("/cityops/sensors/rules")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String saveRule(@RequestParam(required = false) Long id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			List<RuleBroken.Problem> problems = new ArrayList<>();
			Double threshold = number(form, "threshold", problems);
			Double duration = number(form, "durationMinutes", problems);
			if (!problems.isEmpty()) {
				throw new RuleBroken(problems);
			}
			Rules.SaveRule command = CommandChecks.valid(validator, new Rules.SaveRule(trim(form.get("typeCode")),
					enumOf(Rule.Comparison.class, form.get("comparison"), "comparison"), threshold,
					duration == null ? null : duration.intValue(),
					enumOf(AlarmSeverity.class, form.get("severity"), "severity"),
					form.containsKey("active") && !"false".equals(form.get("active")),
					form.get("version") == null || form.get("version").isBlank() ? null : Integer.valueOf(form.get("version"))));
			if (id == null) {
				rules.create(command);
			}
			else {
				rules.update(id, command);
			}
		}
		catch (RuleBroken ex) {
			return rulesPage(user, FailedForm.of(id == null ? "rule-new" : "rule-" + id, form, ex, RULE_FIELDS), model);
		}
		catch (StepRefused ex) {
			// someone else saved the rule meanwhile: the page shows theirs, and says so
			Flash.error(redirect, "cityops.sensor.flash.refused", ex.getMessage());
			return "redirect:/cityops/sensors/rules";
		}
		Flash.success(redirect, "cityops.sensor.flash.ruleSaved");
		return "redirect:/cityops/sensors/rules";
	}

	private static final Set<String> RULE_FIELDS = Set.of("typeCode", "comparison", "threshold", "durationMinutes",
			"severity", "active");

	// --- alarms ---

	@GetMapping("/cityops/alarms")
	String alarms(@RequestParam(required = false) String state, @RequestParam(required = false) String severity,
			@RequestParam(required = false) Long beforeId, @AuthenticationPrincipal CurrentUser user, Model model) {
		AlarmSeverity level = severity == null || severity.isBlank() ? null
				: enumOf(AlarmSeverity.class, severity, "severity");
		List<SensorBoard.AlarmRow> rows = board.alarms(user.scope(), SensorsApi.active(state), level, beforeId, PAGE);
		model.addAttribute("rows", rows);
		model.addAttribute("nextBeforeId", rows.size() == PAGE ? rows.get(rows.size() - 1).id() : null);
		model.addAttribute("state", state);
		model.addAttribute("severity", severity);
		model.addAttribute("severities", AlarmSeverity.values());
		model.addAttribute("canAcknowledge", canEdit(user));
		model.addAttribute("health", devices.healthCounts(user));
		boolean leadership = user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR)
				|| (user.hasRole(Role.DEPARTMENT_LEAD) && isOperationsCentre(user));
		model.addAttribute("notices", leadership ? board.notices(10) : List.of());
		Simulator sim = simulator.getIfAvailable();
		model.addAttribute("simulator", sim != null && canEdit(user));
		model.addAttribute("flooding", sim != null && sim.flooding());
		return "cityops/sensors/alarms";
	}

	@PostMapping("/cityops/alarms/{id}/acknowledgement")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		board.alarm(user.scope(), id).orElseThrow(() -> new org.chengxiang.platform.domain.NoSuchRecord("alarm " + id));
		Flash.attempt(redirect, "cityops.alarm.flash.acknowledged", "cityops.sensor.flash.refused",
				() -> alarms.acknowledge(id, note, user));
		return "redirect:/cityops/alarms";
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

	private boolean isOperationsCentre(CurrentUser user) {
		return user.departmentId() != null && directory.department(user.departmentId())
			.map(d -> "CITYOPS".equals(d.code()))
			.orElse(false);
	}

	private static boolean canEdit(CurrentUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.OPERATOR);
	}

	private static Double number(Map<String, String> form, String field, List<RuleBroken.Problem> problems) {
		String text = form.get(field);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip());
			if (!Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(new RuleBroken.Problem(field, "请填写数字 / enter a number"));
			return null;
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleBroken(field, "取值无效 / invalid value");
		}
	}

	private static String trim(String value) {
		return value == null ? null : value.strip();
	}

}

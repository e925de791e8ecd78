package org.chengxiang.cityops.sensors;

import java.util.List;

import jakarta.validation.Valid;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the sensors: the device list with health and filters, a device with the chart of its latest readings,
 * and registering and editing devices.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','DEPARTMENT_LEAD','CLERK','GRID_OFFICER')")
class SensorPages {

	private static final int PAGE = 50;

	private static final String FORM = "cityops/sensors/form";

	private final Devices devices;

	private final SensorBoard board;

	private final Directory directory;

	private final Gateways gateways;

	SensorPages(Devices devices, SensorBoard board, Directory directory, Gateways gateways) {
		this.devices = devices;
		this.board = board;
		this.directory = directory;
		this.gateways = gateways;
	}

	@InitBinder("deviceForm")
	void deviceFields(WebDataBinder binder) {
		binder.setAllowedFields("code", "typeCode", "name", "longitude", "latitude", "intervalSeconds", "active",
				"version", "gatewayCode");
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
		return "cityops/sensors/list";
	}

	@GetMapping("/cityops/sensors/{code}")
	String device(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
		Devices.View device = devices.view(code, user);
		model.addAttribute("d", device);
		model.addAttribute("alarms", board.alarmsOfDevice(user.scope(), code, 10));
		return "cityops/sensors/device";
	}

	@GetMapping("/cityops/sensors/new")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String initRegisterForm(Model model) {
		return form(model, new DeviceForm(), false);
	}

	@PostMapping("/cityops/sensors/new")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String processRegisterForm(@Valid @ModelAttribute("deviceForm") DeviceForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, false);
		}
		try {
			Devices.View view = devices.register(form.command(), user);
			Flash.success(redirect, "cityops.sensor.flash.registered");
			return "redirect:/cityops/sensors/" + view.code();
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return form(model, form, false);
		}
	}

	@GetMapping("/cityops/sensors/{code}/edit")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String initUpdateForm(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
		return form(model, DeviceForm.of(devices.view(code, user)), true);
	}

	@PostMapping("/cityops/sensors/{code}/edit")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	String processUpdateForm(@PathVariable String code, @Valid @ModelAttribute("deviceForm") DeviceForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		form.setCode(code);
		if (result.hasErrors()) {
			return form(model, form, true);
		}
		try {
			devices.update(code, form.command(), user);
			Flash.success(redirect, "cityops.sensor.flash.saved");
			return "redirect:/cityops/sensors/" + code;
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return form(model, form, true);
	}

	private String form(Model model, DeviceForm form, boolean editing) {
		model.addAttribute("deviceForm", form);
		model.addAttribute("editing", editing);
		model.addAttribute("types", devices.types());
		model.addAttribute("gateways", gateways.options());
		return FORM;
	}

}

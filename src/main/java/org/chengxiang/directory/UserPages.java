package org.chengxiang.directory;

import java.util.List;

import jakarta.validation.Valid;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.io.IOException;
import jakarta.validation.Validator;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.ResponseEntity;
import org.chengxiang.platform.web.ReaderLocale;
import org.chengxiang.platform.web.Spreadsheets;

/**
 * Pages to find users in one's scope and, for administrators, to manage staff accounts.
 */
@Controller
@RequestMapping("/directory/users")
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD','CLERK')")
class UserPages {

	private static final String FORM = "directory/user-form";

	private static final int PAGE = 50;

	private final UserDirectory users;

	private final StaffAdministration staff;

	private final StaffLedger ledger;

	private final DepartmentCatalog departments;

	private final Validator validator;

	UserPages(UserDirectory users, StaffAdministration staff, StaffLedger ledger, DepartmentCatalog departments,
			Validator validator) {
		this.users = users;
		this.staff = staff;
		this.ledger = ledger;
		this.departments = departments;
		this.validator = validator;
	}

	@InitBinder
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) Role role, @RequestParam(required = false) String q, Model model) {
		rows(user, departmentId, role, q, 0, model);
		model.addAttribute("departments", departments.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		return "directory/users";
	}

	/** The next page of rows, appended in place by htmx. */
	@HxRequest
	@GetMapping("/rows")
	String moreRows(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") long after, Model model) {
		rows(user, departmentId, role, q, after, model);
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		return "directory/users :: rows";
	}

	private void rows(CurrentUser user, Long departmentId, Role role, String q, long after, Model model) {
		List<UserView> page = users.page(user.scope(), new UserDirectory.UserFilter(departmentId, role, q), after, PAGE);
		model.addAttribute("users", page);
		model.addAttribute("nextAfter", page.size() == PAGE ? page.get(page.size() - 1).id() : null);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<byte[]> export() {
		return Spreadsheets.download("staff.xlsx", ledger.exportStaff(ReaderLocale.current()));
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importSheet(@RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			int count = ledger.importStaff(file.getInputStream(), validator);
			Flash.success(redirect, "flash.importedRows", count);
		}
		catch (RuleBroken ex) {
			Flash.error(redirect, "flash.importRefused", ImportProblems.worded(ex));
		}
		return "redirect:/directory/users";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("account", users.get(id, user.scope()));
		return "directory/user";
	}

	/** Shows the identifiers in clear, in place of the masked ones; audited. */
	@HxRequest
	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasRole('ADMIN')")
	String reveal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("revealed", users.reveal(id, user.scope(), "directory page"));
		return "directory/user :: revealed";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String initCreateForm(Model model) {
		model.addAttribute("staff", SaveStaff.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String processCreateForm(@Valid @ModelAttribute("staff") SaveStaff staff, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			UserView created = this.staff.createStaff(staff);
			Flash.success(redirect, "flash.created", created.displayName());
			return "redirect:/directory/users/" + created.id();
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		UserView account = users.get(id, user.scope());
		model.addAttribute("staff", new SaveStaff(account.username(), account.displayName(), account.role(),
				account.departmentId(), "", ""));
		return form(model, account);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("staff") SaveStaff staff, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserView account = users.get(id, user.scope());
		if (result.hasErrors()) {
			return form(model, account);
		}
		try {
			this.staff.updateStaff(id, staff);
			Flash.success(redirect, "flash.saved");
			return "redirect:/directory/users/" + id;
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return form(model, account);
		}
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasRole('ADMIN')")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		staff.unlock(id);
		Flash.success(redirect, "flash.unlocked");
		return "redirect:/directory/users/" + id;
	}

	@PostMapping("/{id}/enabled")
	@PreAuthorize("hasRole('ADMIN')")
	String setEnabled(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		if (user.id() == id && !enabled) {
			Flash.error(redirect, "flash.cannotDisableSelf");
		}
		else {
			staff.setEnabled(id, enabled);
			Flash.success(redirect, enabled ? "flash.enabled" : "flash.disabled");
		}
		return "redirect:/directory/users/" + id;
	}

	private String form(Model model, UserView account) {
		model.addAttribute("account", account);
		model.addAttribute("departments", departments.all());
		model.addAttribute("roles", List.of(Role.values()).stream().filter(Role::isStaff).toList());
		return FORM;
	}

}

package org.chengxiang.services;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.FileResponses;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormProblems;
import org.chengxiang.platform.web.Wording;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Pages of the one-stop service: the catalogue and 办理须知, the application form, a resident's
 * applications with timeline, and the clerks' inbox with the workflow actions (the receipt and decision documents:
 * {@link ServiceDocumentPages}).
 */
@Controller
@RequestMapping("/services")
class ServicesPages {

	private final Catalogue catalogue;

	private final ApplicationDesk desk;

	private final Inbox inbox;

	private final JsonMapper json;

	private final Directory directory;

	private final ApplicationMaterials materials;

	private final List<ServiceItemHandler> handlers;

	ServicesPages(Catalogue catalogue, ApplicationDesk desk, Inbox inbox, JsonMapper json, Directory directory,
			ApplicationMaterials materials, List<ServiceItemHandler> handlers) {
		this.materials = materials;
		this.directory = directory;
		this.handlers = handlers;
		this.catalogue = catalogue;
		this.desk = desk;
		this.inbox = inbox;
		this.json = json;
	}

	@GetMapping
	String catalogue(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("items", catalogue.search(q));
		model.addAttribute("q", q);
		return "services/catalogue";
	}

	/**
	 * 办理须知. A resident who already has an application of the item in progress is told so here, with a link to
	 * it, before filling in a form that could not be saved.
	 */
	@GetMapping("/items/{code}")
	String item(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("item", catalogue.get(code));
		model.addAttribute("open", desk.openApplication(user, code).orElse(null));
		return "services/item";
	}

	/** The form opens only once the instructions are confirmed, and not while an application of the item is open. */
	@GetMapping("/items/{code}/form")
	@PreAuthorize("hasRole('RESIDENT')")
	String form(@PathVariable String code, @RequestParam(defaultValue = "false") boolean confirmed,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var open = desk.openApplication(user, code);
		if (open.isPresent()) {
			Flash.error(redirect, "services.flash.alreadyOpen", open.get().number());
			return "redirect:/services/items/" + code;
		}
		if (!confirmed) {
			Flash.error(redirect, "services.flash.confirmFirst");
			return "redirect:/services/items/" + code;
		}
		model.addAttribute("item", catalogue.get(code));
		model.addAttribute("formFragment", formFragment(code));
		model.addAttribute("places", directory.placeChoices());
		model.addAttribute("problems", FormProblems.NONE);
		model.addAttribute("typed", Map.of());
		return "services/form";
	}

	@PostMapping("/items/{code}/form")
	@PreAuthorize("hasRole('RESIDENT')")
	String draft(@PathVariable String code, HttpServletRequest request, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		try {
			long id = desk.draft(code, FormFields.toJson(json, request.getParameterMap()), user);
			Flash.success(redirect, "services.flash.drafted");
			return "redirect:/services/applications/" + id;
		}
		catch (RuleBroken ex) {
			model.addAttribute("item", catalogue.get(code));
			model.addAttribute("formFragment", formFragment(code));
			// everything typed comes back, each problem beside its field
			model.addAttribute("problems", FormProblems.of(ex));
			model.addAttribute("places", directory.placeChoices());
			model.addAttribute("typed", typed(request));
			return "services/form";
		}
	}

	/** The applicant edits the form of a draft (or of an application to correct), as it was saved. */
	@GetMapping("/applications/{id}/form")
	@PreAuthorize("hasRole('RESIDENT')")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Inbox.Detail detail = inbox.detail(id, user);
		return formPage(detail, FormFields.toParameters(json, desk.form(id)), null, model);
	}

	@PostMapping("/applications/{id}/form")
	@PreAuthorize("hasRole('RESIDENT')")
	String updateForm(@PathVariable long id, HttpServletRequest request, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Inbox.Detail detail = inbox.detail(id, user);
		try {
			desk.updateForm(id, FormFields.toJson(json, request.getParameterMap()), user);
		}
		catch (RuleBroken ex) {
			return formPage(detail, request.getParameterMap(), ex.problems(), model);
		}
		catch (org.chengxiang.platform.domain.StepRefused ex) {
			Flash.error(redirect, "services.flash.refused", ex.getMessage());
			return "redirect:/services/applications/" + id;
		}
		Flash.success(redirect, "services.flash.formUpdated");
		return "redirect:/services/applications/" + id;
	}

	private String formPage(Inbox.Detail detail, java.util.Map<String, String[]> values,
			List<RuleBroken.Problem> problems, Model model) {
		model.addAttribute("item", catalogue.get(detail.itemCode()));
		model.addAttribute("formFragment", formFragment(detail.itemCode()));
		model.addAttribute("places", directory.placeChoices());
		Map<String, String> typed = new HashMap<>();
		values.forEach((name, given) -> typed.put(name, given.length == 0 ? "" : given[0]));
		model.addAttribute("typed", typed);
		model.addAttribute("problems",
				problems == null || problems.isEmpty() ? FormProblems.NONE : FormProblems.of(new RuleBroken(problems)));
		model.addAttribute("editing", detail);
		return "services/form";
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('RESIDENT')")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("applications", inbox.mine(user));
		model.addAttribute("messages", inbox.messages(user));
		return "services/mine";
	}

	@GetMapping("/inbox")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String inbox(@RequestParam(defaultValue = "WAITING") Inbox.Tray tray, @RequestParam(required = false) Long beforeId,
			@RequestParam(required = false) String item, @RequestParam(defaultValue = "ALL") Inbox.Claim claim,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Inbox.Filter filter = new Inbox.Filter(item, claim);
		inboxPage(tray, filter, user, model);
		try {
			List<Inbox.Row> rows = inbox.tray(user, tray, filter, beforeId, 50);
			model.addAttribute("rows", rows);
			model.addAttribute("nextBeforeId", rows.size() == 50 ? rows.get(rows.size() - 1).id() : null);
		}
		catch (RuleBroken ex) {
			// the filter form comes back with the message beside the field
			model.addAttribute("filterError", Wording.inReaderLanguage(ex.problems().get(0).message()));
			model.addAttribute("rows", List.of());
		}
		return "services/inbox";
	}

	/**
	 * Search by application number or the applicant's ID number, sent by POST so that an ID number stays out of
	 * addresses, history and access logs.
	 */
	@PostMapping("/inbox/search")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String searchInbox(@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		inboxPage(Inbox.Tray.WAITING, Inbox.Filter.NONE, user, model);
		model.addAttribute("q", q == null ? "" : q);
		try {
			model.addAttribute("rows", inbox.search(user, q));
		}
		catch (RuleBroken ex) {
			model.addAttribute("searchError", Wording.inReaderLanguage(ex.problems().get(0).message()));
			model.addAttribute("rows", List.of());
		}
		return "services/inbox";
	}

	private void inboxPage(Inbox.Tray tray, Inbox.Filter filter, CurrentUser user, Model model) {
		model.addAttribute("tray", tray);
		model.addAttribute("trays", Inbox.Tray.values());
		model.addAttribute("claims", Inbox.Claim.values());
		model.addAttribute("filter", filter);
		model.addAttribute("departmentItems",
				catalogue.search(null).stream().filter(i -> i.departmentId() == user.departmentId()).toList());
	}

	@GetMapping("/ratings")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD')")
	String ratings(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("ratings", directory.inDepartmentOrder(inbox.ratings(user), Inbox.RatingRow::departmentId));
		model.addAttribute("items", catalogue.search(null));
		return "services/ratings";
	}

	/** An application by its number, for pages that know only the number (the household registry). */
	@GetMapping("/applications/number/{number}")
	String applicationByNumber(@PathVariable String number, @AuthenticationPrincipal CurrentUser user) {
		return "redirect:/services/applications/" + inbox.idOf(number, user);
	}

	@GetMapping("/applications/{id}")
	String application(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Inbox.Detail detail = inbox.detail(id, user);
		model.addAttribute("a", detail);
		model.addAttribute("item", catalogue.get(detail.itemCode()));
		model.addAttribute("resident", user.role() == Role.RESIDENT);
		model.addAttribute("formView", formView(detail.itemCode(), desk.form(id)));
		// a hand-over names colleagues, not logins
		model.addAttribute("colleagues", user.role() == Role.RESIDENT || user.departmentId() == null ? List.of()
				: directory.staffOf(user.departmentId()).stream().filter(p -> !p.username().equals(user.getUsername())).toList());
		return "services/application";
	}

	/** A material opened in the browser, from the application's page. */
	@GetMapping("/applications/{id}/materials/{position}")
	ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		ApplicationMaterials.Opened material = materials.open(id, position, user);
		return FileResponses.inline(material.filename(), material.mediaType(), material.content());
	}

	@PostMapping("/applications/{id}/materials")
	String attach(@PathVariable long id, @RequestParam int position, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "services.flash.uploaded", () -> {
			desk.attach(id, position, file, user);
			return null;
		});
	}

	@PostMapping("/applications/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String missing,
			@RequestParam(required = false) String note, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String colleague,
			@RequestParam(required = false) String opinion, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "services.flash." + step, () -> {
			switch (step) {
				case "submission" -> desk.submit(id, user);
				case "resubmission" -> desk.resubmit(id, user);
				case "withdrawal" -> desk.withdraw(id, user);
				case "rating" -> desk.rate(id, rating, comment, user);
				case "acceptance" -> desk.accept(id, user);
				case "refusal" -> desk.refuseAcceptance(id, reason, user);
				case "review" -> desk.startReview(id, user);
				case "correction" -> desk.requestCorrection(id,
						missing == null ? List.of() : Arrays.asList(missing.split("\\R")), note, user);
				case "approval" -> desk.approve(id, opinion, user);
				case "rejection" -> desk.reject(id, reason, basis, user);
				case "hand-over" -> desk.handOver(id, colleague, user);
				default -> throw new RuleBroken("step", "未知操作 / unknown step");
			}
			return null;
		});
	}

	private String act(long id, RedirectAttributes redirect, String success, Supplier<?> step) {
		Flash.attempt(redirect, success, "services.flash.refused", step::get);
		return "redirect:/services/applications/" + id;
	}

	/** The form in words, as the owning module describes it, or field by field under their labels. */
	private FormView formView(String itemCode, String formJson) {
		return handlers.stream()
			.filter(handler -> handler.itemCode().equals(itemCode))
			.findFirst()
			.flatMap(handler -> handler.describe(formJson))
			.orElseGet(() -> GenericForms.describe(json.readTree(formJson)));
	}

	/** What was typed in each field, as the form shows it again. */
	private static Map<String, String> typed(HttpServletRequest request) {
		Map<String, String> typed = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> typed.put(name, values.length == 0 ? "" : values[0]));
		return typed;
	}

	/** The owning module's form fragment for the item, or the generic one. */
	private static String formFragment(String code) {
		String name = "services/forms/" + code.toLowerCase();
		return new ClassPathResource("templates/" + name + ".html").exists() ? name : "services/forms/generic";
	}

}

package org.chengxiang.services;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.FileResponses;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
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

	/** The name of the application form on its page. */
	private static final String FORM = "applicationForm";

	private final Catalogue catalogue;

	private final ApplicationIntake intake;

	private final ApplicationRecords records;

	private final ApplicationForms forms;

	private final ApplicationView view;

	private final Inbox inbox;

	private final Notifications notifications;

	private final JsonMapper json;

	private final Directory directory;

	private final ApplicationMaterials materials;

	ServicesPages(Catalogue catalogue, ApplicationIntake intake, ApplicationRecords records, ApplicationForms forms,
			ApplicationView view, Inbox inbox, Notifications notifications, JsonMapper json, Directory directory,
			ApplicationMaterials materials) {
		this.catalogue = catalogue;
		this.intake = intake;
		this.records = records;
		this.forms = forms;
		this.view = view;
		this.inbox = inbox;
		this.notifications = notifications;
		this.json = json;
		this.directory = directory;
		this.materials = materials;
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
		model.addAttribute("open", intake.openApplication(user, code).orElse(null));
		return "services/item";
	}

	/** The form opens only once the instructions are confirmed, and not while an application of the item is open. */
	@GetMapping("/items/{code}/form")
	@PreAuthorize("hasRole('RESIDENT')")
	String form(@PathVariable String code, @RequestParam(defaultValue = "false") boolean confirmed,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var open = intake.openApplication(user, code);
		if (open.isPresent()) {
			Flash.error(redirect, "services.flash.alreadyOpen", open.get().number());
			return "redirect:/services/items/" + code;
		}
		if (!confirmed) {
			Flash.error(redirect, "services.flash.confirmFirst");
			return "redirect:/services/items/" + code;
		}
		return formPage(code, null, bind(Map.of()), model);
	}

	@PostMapping("/items/{code}/form")
	@PreAuthorize("hasRole('RESIDENT')")
	String draft(@PathVariable String code, HttpServletRequest request, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		BindingResult form = bind(request.getParameterMap());
		try {
			long id = intake.draft(code, FormFields.toJson(json, request.getParameterMap()), user);
			Flash.success(redirect, "services.flash.drafted");
			return "redirect:/services/applications/" + id;
		}
		catch (RuleBroken ex) {
			besideFields(ex, form);
			return formPage(code, null, form, model);
		}
	}

	/** The applicant edits the form of a draft (or of an application to correct), as it was saved. */
	@GetMapping("/applications/{id}/form")
	@PreAuthorize("hasRole('RESIDENT')")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ApplicationRecords.Detail detail = records.detail(id, user);
		return formPage(detail.itemCode(), detail, bind(FormFields.toParameters(json, forms.form(id))), model);
	}

	@PostMapping("/applications/{id}/form")
	@PreAuthorize("hasRole('RESIDENT')")
	String updateForm(@PathVariable long id, @RequestParam int version, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ApplicationRecords.Detail detail = records.detail(id, user);
		BindingResult form = bind(request.getParameterMap());
		try {
			intake.updateForm(id, version, FormFields.toJson(json, request.getParameterMap()), user);
		}
		catch (RuleBroken ex) {
			besideFields(ex, form);
			return formPage(detail.itemCode(), detail, form, model);
		}
		catch (StepRefused ex) {
			// a stale version or a form no longer editable: what was typed comes back with the reason above it
			FormErrors.apply(ex, form);
			return formPage(detail.itemCode(), detail, form, model);
		}
		catch (OptimisticLockingFailureException ex) {
			FormErrors.apply(new StaleVersion(), form);
			return formPage(detail.itemCode(), detail, form, model);
		}
		Flash.success(redirect, "services.flash.formUpdated");
		return "redirect:/services/applications/" + id;
	}

	/**
	 * The application form as typed, for its page. Its fields are the owning module's, so the form object is what
	 * was sent, by field name ({@code f.members[0].idNumber}), and the page shows it again as it was.
	 */
	private static BindingResult bind(Map<String, String[]> parameters) {
		Map<String, String> typed = new HashMap<>();
		parameters.forEach((name, given) -> typed.put(name, given.length == 0 ? "" : given[0]));
		return new MapBindingResult(typed, FORM);
	}

	/** The owning module's problems beside the fields they concern: its paths are those of the fields below f. */
	private static void besideFields(RuleBroken ex, BindingResult form) {
		form.pushNestedPath(FormFields.PREFIX.substring(0, FormFields.PREFIX.length() - 1));
		FormErrors.apply(ex, form);
		form.popNestedPath();
	}

	private String formPage(String code, ApplicationRecords.Detail editing, BindingResult form, Model model) {
		model.addAttribute("item", catalogue.get(code));
		model.addAttribute("formFragment", formFragment(code));
		model.addAttribute("places", directory.placeChoices());
		model.addAttribute(FORM, form.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, form);
		model.addAttribute("editing", editing);
		return "services/form";
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('RESIDENT')")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("applications", inbox.mine(user));
		model.addAttribute("messages", notifications.latest(user));
		return "services/mine";
	}

	/** An application by its number, for pages that know only the number (the household registry). */
	@GetMapping("/applications/number/{number}")
	String applicationByNumber(@PathVariable String number, @AuthenticationPrincipal CurrentUser user) {
		return "redirect:/services/applications/" + records.idOf(number, user);
	}

	@GetMapping("/applications/{id}")
	String application(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return view.show(id, user, model);
	}

	/** A material opened in the browser, from the application's page. */
	@GetMapping("/applications/{id}/materials/{position}")
	ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		ApplicationMaterials.Opened material = materials.open(id, position, user);
		return FileResponses.inline(material.filename(), material.mediaType(), material.content());
	}

	/** The owning module's form fragment for the item, or the generic one. */
	private static String formFragment(String code) {
		String name = "services/forms/" + code.toLowerCase();
		return new ClassPathResource("templates/" + name + ".html").exists() ? name : "services/forms/generic";
	}

}

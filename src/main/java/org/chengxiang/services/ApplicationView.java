package org.chengxiang.services;

import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import tools.jackson.databind.json.JsonMapper;

/**
 * The application's page as its applicant or a clerk sees it: shown on its own, and again, with what was typed and
 * why, when one of its steps is refused.
 */
@Component
class ApplicationView {

	static final String VIEW = "services/application";

	private final ApplicationRecords records;

	private final ApplicationForms forms;

	private final Catalogue catalogue;

	private final Directory directory;

	private final List<ServiceItemHandler> handlers;

	private final JsonMapper json;

	ApplicationView(ApplicationRecords records, ApplicationForms forms, Catalogue catalogue, Directory directory,
			List<ServiceItemHandler> handlers, JsonMapper json) {
		this.records = records;
		this.forms = forms;
		this.catalogue = catalogue;
		this.directory = directory;
		this.handlers = handlers;
		this.json = json;
	}

	/** Fills the model for the page; a step form already there (refused, as typed) is kept. */
	String show(long id, CurrentUser user, Model model) {
		ApplicationRecords.Detail detail = records.detail(id, user);
		model.addAttribute("a", detail);
		model.addAttribute("item", catalogue.get(detail.itemCode()));
		model.addAttribute("resident", user.role() == Role.RESIDENT);
		model.addAttribute("formView", formView(detail.itemCode(), forms.form(id)));
		// a hand-over names colleagues, not logins
		model.addAttribute("colleagues", user.role() == Role.RESIDENT || user.departmentId() == null ? List.of()
				: directory.staffOf(user.departmentId())
					.stream()
					.filter(p -> !p.username().equals(user.getUsername()))
					.toList());
		model.addAttribute("stepForms", StepForms.NAMES);
		putIfAbsent(model, "stepForm", new StepForms.Step());
		putIfAbsent(model, "refusalForm", new StepForms.Refusal());
		putIfAbsent(model, "correctionForm", new StepForms.Correction());
		putIfAbsent(model, "approvalForm", new StepForms.Approval());
		putIfAbsent(model, "rejectionForm", new StepForms.Rejection());
		putIfAbsent(model, "ratingForm", new StepForms.Rating());
		putIfAbsent(model, "handOverForm", new StepForms.HandOver());
		return VIEW;
	}

	private static void putIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	/** The form in words, as the owning module describes it, or field by field under their labels. */
	private FormView formView(String itemCode, String formJson) {
		return handlers.stream()
			.filter(handler -> handler.itemCode().equals(itemCode))
			.findFirst()
			.flatMap(handler -> handler.describe(formJson))
			.orElseGet(() -> GenericForms.describe(json.readTree(formJson)));
	}

}

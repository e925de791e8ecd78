package org.chengxiang.training;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The disbursement ledger (拨付台账): the batches and the approved claims waiting for one, a new batch, one batch with
 * its reconciliation, sending it to the treasury and confirming its payment, and its Excel sheet.
 */
@Controller
@RequestMapping("/training/disbursements")
@PreAuthorize(DisbursementPages.READERS)
class DisbursementPages {

	/** The finance bureau keeps the ledger; the human resources bureau reads it. */
	static final String READERS = "@trainingFinance.includes(principal) or @trainingBureau.includes(principal)";

	static final String FINANCE = "@trainingFinance.includes(principal)";

	private static final int PAGE = 50;

	private final DisbursementQueries queries;

	private final DisbursementDesk desk;

	private final DisbursementSheet sheet;

	DisbursementPages(DisbursementQueries queries, DisbursementDesk desk, DisbursementSheet sheet) {
		this.queries = queries;
		this.desk = desk;
		this.sheet = sheet;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long beforeId, Model model) {
		model.addAttribute("creationForm", DisbursementForms.Creation.EMPTY);
		return listPage(beforeId, model);
	}

	@PostMapping
	@PreAuthorize(FINANCE)
	String create(@Valid @ModelAttribute("creationForm") DisbursementForms.Creation form, BindingResult result,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = desk.create(form.claimIds(), user.getUsername());
				Flash.success(redirect, "training.disbursement.flash.created");
				return "redirect:/training/disbursements/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
		}
		return listPage(null, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		DisbursementQueries.BatchDetail detail = queries.detail(id);
		model.addAttribute("stepForm", new DisbursementForms.BatchStep(detail.batch().version()));
		model.addAttribute("confirmationForm", DisbursementForms.Confirmation.of(detail));
		return batchPage(detail, model);
	}

	@PostMapping("/{id}/sending")
	@PreAuthorize(FINANCE)
	String send(@PathVariable long id, @Valid @ModelAttribute("stepForm") DisbursementForms.BatchStep form,
			BindingResult result, Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.send(id, form.version(), user.getUsername());
				Flash.success(redirect, "training.disbursement.flash.sent");
				return "redirect:/training/disbursements/" + id;
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		DisbursementQueries.BatchDetail detail = queries.detail(id);
		model.addAttribute("confirmationForm", DisbursementForms.Confirmation.of(detail));
		return batchPage(detail, model);
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize(FINANCE)
	String confirm(@PathVariable long id,
			@Valid @ModelAttribute("confirmationForm") DisbursementForms.Confirmation form, BindingResult result,
			Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.confirm(id, form.version(), form.voucher(), form.payments(), user.getUsername());
				Flash.success(redirect, "training.disbursement.flash.confirmed");
				return "redirect:/training/disbursements/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		DisbursementQueries.BatchDetail detail = queries.detail(id);
		model.addAttribute("stepForm", new DisbursementForms.BatchStep(detail.batch().version()));
		return batchPage(detail, model);
	}

	@GetMapping("/{id}.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		return sheet.of(queries.detail(id));
	}

	private String listPage(Long beforeId, Model model) {
		var batches = queries.page(beforeId, PAGE);
		model.addAttribute("batches", batches);
		model.addAttribute("nextBeforeId", batches.size() >= PAGE ? batches.get(batches.size() - 1).id() : null);
		model.addAttribute("waiting", queries.waiting());
		return "training/disbursements";
	}

	private String batchPage(DisbursementQueries.BatchDetail detail, Model model) {
		model.addAttribute("detail", detail);
		return "training/disbursements-batch";
	}

}

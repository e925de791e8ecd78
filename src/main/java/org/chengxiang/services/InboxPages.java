package org.chengxiang.services;

import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clerks' inbox: a tray, narrowed by item and by who holds the applications, page by page; a search by number
 * or ID number; and the ratings statistics for leads and supervisors.
 */
@Controller
@RequestMapping("/services")
class InboxPages {

	static final int PAGE = 50;

	private final Inbox inbox;

	private final RatingsReport ratings;

	private final Catalogue catalogue;

	private final Directory directory;

	InboxPages(Inbox inbox, RatingsReport ratings, Catalogue catalogue, Directory directory) {
		this.inbox = inbox;
		this.ratings = ratings;
		this.catalogue = catalogue;
		this.directory = directory;
	}

	/** What narrows a tray: an item of the department, and who holds the applications. */
	public static class FilterForm {

		private String item;

		private Inbox.Claim claim = Inbox.Claim.ALL;

		public String getItem() {
			return item;
		}

		public void setItem(String item) {
			this.item = item;
		}

		public Inbox.Claim getClaim() {
			return claim;
		}

		public void setClaim(Inbox.Claim claim) {
			this.claim = claim == null ? Inbox.Claim.ALL : claim;
		}

		Inbox.Filter filter() {
			return new Inbox.Filter(item, claim);
		}

	}

	/** An application number or an ID number. */
	public static class SearchForm {

		private String q;

		public String getQ() {
			return q;
		}

		public void setQ(String q) {
			this.q = q;
		}

	}

	@GetMapping("/inbox")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String inbox(@RequestParam(defaultValue = "WAITING") Inbox.Tray tray, @RequestParam(required = false) Long beforeId,
			@ModelAttribute("filterForm") FilterForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Inbox.Filter filter = form.filter();
		inboxPage(tray, filter, user, model);
		model.addAttribute("searchForm", new SearchForm());
		List<Inbox.Row> rows = List.of();
		if (!result.hasErrors()) {
			try {
				rows = inbox.tray(user, tray, filter, beforeId, PAGE);
			}
			catch (RuleBroken ex) {
				// the filter form comes back with the message beside the field
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("nextBeforeId", rows.size() == PAGE ? rows.get(rows.size() - 1).id() : null);
		return "services/inbox";
	}

	/**
	 * Search by application number or the applicant's ID number, sent by POST so that an ID number stays out of
	 * addresses, history and access logs.
	 */
	@PostMapping("/inbox/search")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String searchInbox(@ModelAttribute("searchForm") SearchForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		inboxPage(Inbox.Tray.WAITING, Inbox.Filter.NONE, user, model);
		model.addAttribute("filterForm", new FilterForm());
		model.addAttribute("q", form.getQ() == null ? "" : form.getQ());
		List<Inbox.Row> rows = List.of();
		try {
			rows = inbox.search(user, form.getQ());
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
		}
		model.addAttribute("rows", rows);
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
		model.addAttribute("ratings",
				directory.inDepartmentOrder(ratings.ratings(user), RatingsReport.RatingRow::departmentId));
		model.addAttribute("items", catalogue.search(null));
		return "services/ratings";
	}

}

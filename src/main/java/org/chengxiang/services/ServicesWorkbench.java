package org.chengxiang.services;

import java.util.List;
import java.util.Map;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The home page's counts from the one-stop services: a clerk's open trays, a resident's applications waiting
 * for them.
 */
@Component
@Order(1)
class ServicesWorkbench implements Workbench {

	private final Inbox inbox;

	private final RatingFollowUps followUps;

	ServicesWorkbench(Inbox inbox, RatingFollowUps followUps) {
		this.inbox = inbox;
		this.followUps = followUps;
	}

	@Override
	public List<Item> items(CurrentUser user) {
		if ((user.role() == Role.CLERK || user.role() == Role.DEPARTMENT_LEAD) && user.departmentId() != null) {
			Map<Inbox.Tray, Long> counts = inbox.openCounts(user);
			RatingFollowUps.Counts followUp = followUps.openAndOverdue(user);
			return List.of(tray(counts, Inbox.Tray.WAITING, false), tray(counts, Inbox.Tray.DUE_SOON, false),
					tray(counts, Inbox.Tray.OVERDUE, true), tray(counts, Inbox.Tray.CORRECTION, false),
					new Item("home.work.services.followUps", followUp.open(), RatingFollowUpPages.PAGE,
							followUp.overdue() > 0));
		}
		if (user.role() == Role.SUPERVISOR) {
			return List.of(new Item("home.work.services.followUpsOverdue", followUps.openAndOverdue(user).overdue(),
					RatingFollowUpPages.PAGE, true));
		}
		if (user.role() == Role.RESIDENT) {
			Map<String, Long> waiting = inbox.waitingForApplicant(user.id());
			return List.of(new Item("home.work.services.correction", waiting.get("correction"), "/services/mine", true),
					new Item("home.work.services.toRate", waiting.get("toRate"), "/services/mine", false));
		}
		return List.of();
	}

	private static Item tray(Map<Inbox.Tray, Long> counts, Inbox.Tray tray, boolean urgent) {
		return new Item("home.work.services." + tray.name(), counts.get(tray), "/services/inbox?tray=" + tray.name(),
				urgent);
	}

}

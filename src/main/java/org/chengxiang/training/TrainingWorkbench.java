package org.chengxiang.training;

import java.util.List;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Workbench;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The home page's counts from skills training: claims waiting for the human resources bureau's review or the finance
 * bureau's approval, approved claims not yet in a disbursement batch, and a provider's classes past their last day
 * still to be closed and its returned claims.
 */
@Component
@Order(6)
class TrainingWorkbench implements Workbench {

	private final JdbcClient jdbc;

	private final HumanResourcesBureau bureau;

	private final FinanceBureau finance;

	private final ProviderScope providers;

	private final java.time.Clock clock;

	TrainingWorkbench(JdbcClient jdbc, HumanResourcesBureau bureau, FinanceBureau finance, ProviderScope providers,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.bureau = bureau;
		this.finance = finance;
		this.providers = providers;
		this.clock = clock;
	}

	@Override
	public List<Item> items(CurrentUser user) {
		if (bureau.includes(user)) {
			return List.of(new Item("home.work.training.toReview", claims("SUBMITTED"), "/training/claims?status=SUBMITTED",
					false));
		}
		if (finance.includes(user)) {
			long unbatched = jdbc.sql("""
					select count(*) from training.claim c where c.status = 'APPROVED'
					and not exists (select 1 from training.disbursement d where d.claim_id = c.id)""")
				.query(Long.class)
				.single();
			return List.of(
					new Item("home.work.training.toApprove", claims("REVIEWED"), "/training/claims?status=REVIEWED", false),
					new Item("home.work.training.toBatch", unbatched, "/training/disbursements", false));
		}
		return providers.providerOf(user).map(provider -> {
			long toClose = jdbc.sql("""
					select count(*) from training.training_class
					where provider_id = :provider and status = 'FILED' and ends_on < :today""")
				.param("provider", provider)
				.param("today", java.time.LocalDate.now(clock))
				.query(Long.class)
				.single();
			long returned = jdbc.sql("""
					select count(*) from training.claim c where c.provider_id = :provider and c.status = 'RETURNED'
					and not exists (select 1 from training.claim o where o.class_id = c.class_id and o.status <> 'RETURNED')""")
				.param("provider", provider)
				.query(Long.class)
				.single();
			return List.of(new Item("home.work.training.toClose", toClose, "/training/classes?status=FILED", false),
					new Item("home.work.training.returned", returned, "/training/claims?status=RETURNED", returned > 0));
		}).orElse(List.of());
	}

	private long claims(String status) {
		return jdbc.sql("select count(*) from training.claim where status = :status")
			.param("status", status)
			.query(Long.class)
			.single();
	}

}

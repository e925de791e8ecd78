package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.residence.ResidencePolice;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo permits for the embedded default only, one in every state, each reached by the permit's own steps: valid;
 * valid with its year ending this month (it lapses this month unless endorsed); lapsed for a missed endorsement;
 * replaced after a loss, with its replacement; cancelled.
 */
@Component
@Order(46)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoPermits implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPermits.class);

	private static final String ADDRESS = "金桥街道铁西社区 ";

	private final Permits permits;

	private final PermitNumbers numbers;

	private final EndorsementDeadlines deadlines;

	private final PersonalDataProtector protector;

	private final ResidencePolice police;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoPermits(Permits permits, PermitNumbers numbers, EndorsementDeadlines deadlines, PersonalDataProtector protector,
			ResidencePolice police, TransactionTemplate transactions, Clock clock) {
		this.permits = permits;
		this.numbers = numbers;
		this.deadlines = deadlines;
		this.protector = protector;
		this.police = police;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (permits.findByApplication("DEMO-PERMIT-1").isPresent()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		transactions.executeWithoutResult(status -> {
			permits.save(issue(1, "赵建国", "210881198805173310", "1 号楼 2 单元 101", today.minusMonths(5)));
			// its year ends in this month's last days: due for endorsement now, lapsing this month if missed
			LocalDate lastCovered = today.withDayOfMonth(today.lengthOfMonth()).minusDays(1);
			LocalDate issued = lastCovered.plusDays(1).minusYears(1);
			permits.save(issue(2, "孙丽娟", "211282199009094522", "2 号楼 1 单元 301", issued));
			ResidencePermit lapsed = issue(3, "周海涛", "210881198512123416", "5 号楼 4 单元 602",
					today.minusMonths(14));
			lapsed.lapse(today, deadlines.deadline(lapsed.validUntil()));
			permits.save(lapsed);
			ResidencePermit lost = permits.save(issue(4, "吴秀英", "210881199111205124", "6 号楼 1 单元 201",
					today.minusMonths(8)));
			ResidencePermit replacement = lost.replace(ReplacementKind.LOSS, numbers.next("210882003001", today),
					today.minusMonths(1));
			permits.save(lost);
			permits.save(replacement);
			ResidencePermit cancelled = issue(5, "郑志明", "210881198302143216", "9 号楼 3 单元 503",
					today.minusMonths(10));
			cancelled.cancel(today.minusMonths(2));
			permits.save(cancelled);
		});
		log.info("Demo residence: permits in every state");
	}

	private ResidencePermit issue(int n, String name, String idNumber, String room, LocalDate on) {
		return ResidencePermit.issue(numbers.next("210882003001", on), protector.personKey(idNumber),
				new CardData(name, (idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F", protector.encrypt(idNumber),
						ADDRESS + room, police.authorityName()),
				"DEMO-PERMIT-" + n, 0, false, on);
	}

}

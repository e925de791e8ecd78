package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo of the training module for the embedded default only, after the directory's and the residence module's
 * demos: the two demo provider bodies approved (阳光职校, a licensed school; 金桥镁材, an enterprise above designated
 * size employing many migrant workers), the standards and rules of 2025 and 2026, and 2025's history: five closed
 * classes in several towns, their rosters, sessions, attendance and certificates, their claims paid in one confirmed
 * batch. The demo migrant 李春梅 completed the school's 养老护理员 junior class and was subsidised for it; the demo
 * resident 王小明 is on no class. Does nothing once a provider exists.
 */
@Component
@Order(65)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoTraining implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

	private static final int YEAR = 2025;

	private final TransactionTemplate transactions;

	private final Providers providers;

	private final ProviderDesk providerDesk;

	private final StandardDesk standards;

	private final RuleYearDesk rules;

	private final DemoTrainingHistory history;

	DemoTraining(TransactionTemplate transactions, Providers providers, ProviderDesk providerDesk,
			StandardDesk standards, RuleYearDesk rules, DemoTrainingHistory history) {
		this.transactions = transactions;
		this.providers = providers;
		this.providerDesk = providerDesk;
		this.standards = standards;
		this.rules = rules;
		this.history = history;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean filled = Boolean.TRUE.equals(transactions.execute(status -> {
			if (providers.count() > 0) {
				return false;
			}
			long school = providerDesk.enter(new ProviderForm("大石桥市阳光职业技能培训学校", "阳光职校",
					CreditCodes.withCheck("52210882MJY03157A"), ProviderKind.INSTITUTION, "辽人社民培字第 2108820017 号",
					false, false, "郑老师", "13904171234", LocalDate.of(2023, 3, 15)), "TP-DSQ-YG");
			long enterprise = providerDesk.enter(new ProviderForm("大石桥市金桥镁质材料有限公司", "金桥镁材",
					CreditCodes.withCheck("91210882MA0Q7K3L2"), ProviderKind.ENTERPRISE, null, true, true, "孙经理",
					"13841762345", LocalDate.of(2024, 5, 20)), "TP-DSQ-JQ");
			for (int year : new int[] { YEAR, YEAR + 1 }) {
				standards.change(year, standardsOf(year));
				rules.change(year, new RulesForm(TrainingRules.DEFAULT_YEARLY_CAP, BigDecimal.valueOf(80), null), "hrss");
			}
			history.write(school, enterprise);
			return true;
		}));
		if (filled) {
			log.info("Demo training: two providers approved, standards and rules of {} and {}, the classes and paid"
					+ " claims of {}", YEAR, YEAR + 1, YEAR);
		}
	}

	/**
	 * Liaoning-like standards: by level for pre-job and upgrading training, more for a year's apprenticeship; a
	 * little more in the second year for the intermediate and senior levels.
	 */
	private static List<StandardsForm.Cell> standardsOf(int year) {
		int raise = year > YEAR ? 100 : 0;
		List<StandardsForm.Cell> cells = new ArrayList<>();
		for (TrainingType type : List.of(TrainingType.PRE_JOB, TrainingType.UPGRADING)) {
			cells.add(cell(type, SkillLevel.SPECIAL, 600, 40));
			cells.add(cell(type, SkillLevel.JUNIOR, 1000, 80));
			cells.add(cell(type, SkillLevel.INTERMEDIATE, 1500 + raise, 120));
			cells.add(cell(type, SkillLevel.SENIOR, 2000 + raise, 160));
		}
		cells.add(cell(TrainingType.APPRENTICESHIP, SkillLevel.JUNIOR, 4000, 400));
		cells.add(cell(TrainingType.APPRENTICESHIP, SkillLevel.INTERMEDIATE, 5000 + raise, 500));
		cells.add(cell(TrainingType.APPRENTICESHIP, SkillLevel.SENIOR, 6000 + raise, 600));
		return cells;
	}

	private static StandardsForm.Cell cell(TrainingType type, SkillLevel level, int amount, int hours) {
		return new StandardsForm.Cell(type, level, BigDecimal.valueOf(amount), hours);
	}

}

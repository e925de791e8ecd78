package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.services.ServiceCatalogue;
import org.chengxiang.services.ServiceCatalogue.NewItem;
import org.chengxiang.services.ServiceCatalogue.NewMaterial;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo public rental housing for the embedded default only: the service item in the catalogue, two estates with free
 * and let units, and a waiting list of households carried over from the bureau's paper list (they have no
 * application on the platform, and no account).
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoHousing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHousing.class);

	private final Directory directory;

	private final ServiceCatalogue catalogue;

	private final HousingStock stock;

	private final WaitingList waitingList;

	private final HousingRules rules;

	private final PersonalDataProtector protector;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoHousing(Directory directory, HousingStock stock, WaitingList waitingList, HousingRules rules,
			PersonalDataProtector protector, TransactionTemplate transactions, Clock clock,
			ServiceCatalogue catalogue) {
		this.directory = directory;
		this.catalogue = catalogue;
		this.stock = stock;
		this.waitingList = waitingList;
		this.rules = rules;
		this.protector = protector;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			catalogueItem();
			if (stock.count() == 0) {
				stockAndList();
			}
		});
	}

	/** The service item, entered as an administrator would on the catalogue page. */
	private void catalogueItem() {
		long bureau = directory.departmentByName(HousingBureau.NAME).orElseThrow().id();
		catalogue.enterIfMissing(new NewItem(HousingHandler.ITEM_CODE, "公共租赁住房（新市民）申请", bureau, "住房保障",
				"《公共租赁住房管理办法》（住房和城乡建设部令第11号）", "本市户籍或持有有效居住证，家庭人均月收入和人均住房面积低于公布的准入标准。",
				"一、如实填写家庭人口、家庭月收入和现住房面积；\n二、上传身份证和收入证明；\n三、审核通过后按积分轮候，房源空出时按位次配租。", 15, 20,
				"不收费", true, List.of(new NewMaterial("居民身份证（正反面）", true), new NewMaterial("家庭收入证明", true))));
	}

	private void stockAndList() {
		LocalDate today = LocalDate.now(clock);
		HousingRule rule = rules.current();
		List<Household> households = List.of(new Household(3, 4200, BigDecimal.ZERO),
				new Household(4, 6000, new BigDecimal("30.0")), new Household(2, 3000, BigDecimal.ZERO),
				new Household(1, 2600, new BigDecimal("8.0")), new Household(5, 7500, new BigDecimal("40.0")),
				new Household(3, 5100, new BigDecimal("20.0")));
		for (int i = 0; i < households.size(); i++) {
			Household household = households.get(i);
			WaitingListEntry entry = WaitingListEntry.list(-(i + 1L), "GZF-2026-%03d".formatted(i + 1), 0,
					protector.personKey("DEMO-HOUSING-" + (i + 1)), household,
					HousingPoints.score(household, rule).total(), today.minusMonths(households.size() - i));
			waitingList.save(entry);
		}
		List<HousingUnit> units = stock.saveAll(List.of(HousingUnit.add("钢都家园", "1-1-101", new BigDecimal("45.0")),
				HousingUnit.add("钢都家园", "1-2-302", new BigDecimal("52.5")),
				HousingUnit.add("钢都家园", "2-1-501", new BigDecimal("38.0")),
				HousingUnit.add("金桥新苑", "3-1-202", new BigDecimal("60.0")),
				HousingUnit.add("金桥新苑", "3-2-601", new BigDecimal("48.0"))));
		// the first two were let from the list before; the other three are free
		for (HousingUnit unit : units.subList(0, 2)) {
			WaitingListEntry top = waitingList.findTop().orElseThrow();
			top.houseIn(unit, today.minusDays(10));
			stock.save(unit);
			waitingList.save(top);
		}
		log.info("Demo housing: 5 units (2 let, 3 free) and a waiting list of 4");
	}

}

package org.chengxiang.residence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.directory.DepartmentSummary;
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
 * Demo of the residence core for the embedded default only: the police department's three service items in the
 * catalogue (居住登记, 居住证申领, 居住证签注), after the services demo has written its catalogue; the resident
 * {@code migrant} (李春梅, rural hukou of 盖州市, another county), registered seven months ago in 铁西社区 on the
 * basis of employment, so that she may apply for a permit now.
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoResidence implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoResidence.class);

	private final TransactionTemplate transactions;

	/** The demo migrant's login name. */
	static final String MIGRANT = "migrant";

	private static final String COMMUNITY = "210882003001";

	private final Directory directory;

	private final ServiceCatalogue catalogue;

	private final PersonalDataProtector protector;

	private final ResidenceRegistrations registrations;

	private final Clock clock;

	DemoResidence(TransactionTemplate transactions, Directory directory,
			PersonalDataProtector protector, ResidenceRegistrations registrations, Clock clock,
			ServiceCatalogue catalogue) {
		this.transactions = transactions;
		this.directory = directory;
		this.catalogue = catalogue;
		this.protector = protector;
		this.registrations = registrations;
		this.clock = clock;
	}

	/** The registration of the migrant (the directory's demo holds her account and ID number), once. */
	private void migrant() {
		directory.user(MIGRANT).ifPresent(user -> {
			String idNumber = directory.resident(user.id()).orElseThrow().idNumber();
			if (registrations.findActive(protector.personKey(idNumber).bytes()).isPresent()) {
				return;
			}
			long cell = directory.gridCellsWithin(COMMUNITY).stream().findFirst().map(c -> c.id()).orElse(0L);
			registrations.save(ResidenceRegistration.register("DEMO-RESIDENCE-0001", user.id(),
					protector.personKey(idNumber), user.displayName(), protector.encrypt(idNumber),
					new ResidenceRegistration.Address(COMMUNITY, cell, "8 号楼 3 单元 402（租住）"),
					RegistrationBasis.EMPLOYMENT, LocalDate.now(clock).minusMonths(7)));
		});
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			Long police = directory.departmentByName(ResidencePolice.NAME).map(DepartmentSummary::id).orElse(null);
			if (police == null) {
				return;
			}
			item(ResidenceItems.REGISTRATION, "居住登记", police, "《居住证暂行条例》第九条",
					"离开常住户口所在地，到本市居住的非本市户籍人员，应当向居住地公安派出所申报居住登记。",
					"请选择居住地所在社区（村）和网格，填写详细地址、开始居住日期和居住事由，上传身份证和居住事由证明。", 5, 10,
					List.of(new NewMaterial("居民身份证（正反面）", true), new NewMaterial("居住事由证明（劳动合同、租房合同或就读证明）", true)));
			item(ResidenceItems.PERMIT, "居住证申领（含监护人代未满十六周岁子女申领）", police, "《居住证暂行条例》第二条、第四条",
					"在本市办理居住登记满六个月，并有合法稳定就业、合法稳定住所或连续就读条件之一的，可以申领居住证。",
					"本人申领的，直接提交；代未满十六周岁子女申领的，请填写子女姓名和身份证号码。请上传近期免冠照片。", 15, 15,
					List.of(new NewMaterial("居民身份证（正反面）", true), new NewMaterial("近期免冠照片", true)));
			item(ResidenceItems.ENDORSEMENT, "居住证签注", police, "《居住证暂行条例》第十条",
					"居住证持有人在居住地连续居住的，应当在居住每满一年之日前一个月内办理签注。逾期未签注的，居住证使用功能中止；补办签注后恢复，居住年限自补办之日起连续计算。",
					"请填写居住证号码。", 3, 5, List.of(new NewMaterial("居住证", true)));
		});
		transactions.executeWithoutResult(status -> migrant());
		log.info("Demo residence: the police department's service items, the migrant resident and her registration");
	}


	private void item(String code, String name, long department, String basis, String conditions, String instructions,
			int promised, int legal, List<NewMaterial> materials) {
		catalogue.enterIfMissing(new NewItem(code, name, department, "户籍", basis, conditions, instructions, promised, legal,
				"不收费", true, materials));
	}

}

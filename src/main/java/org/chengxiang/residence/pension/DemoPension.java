package org.chengxiang.residence.pension;

import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.services.ServiceCatalogue;
import org.chengxiang.services.ServiceCatalogue.NewItem;
import org.chengxiang.services.ServiceCatalogue.NewMaterial;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo flexible-employment pension enrolment for the embedded default only: the service item in the catalogue, entered
 * through the services module's catalogue as an administrator would on the catalogue page.
 */
@Component
@Order(61)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoPension implements ApplicationRunner {

	private final Directory directory;

	private final ServiceCatalogue catalogue;

	DemoPension(Directory directory, ServiceCatalogue catalogue) {
		this.directory = directory;
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		long bureau = directory.departmentByName(PensionBureau.NAME).orElseThrow().id();
		catalogue.enterIfMissing(new NewItem(PensionHandler.ITEM_CODE, "灵活就业人员参加企业职工基本养老保险登记", bureau, "社会保险",
				"《中华人民共和国社会保险法》第十条", "本市户籍，或持有本市有效居住证的灵活就业人员，不设户籍限制。",
				"一、在当年公布的缴费基数上下限之间选择缴费基数；\n二、上传身份证；\n三、审核通过后即为参保登记完成。", 5, 10, "不收费", true,
				List.of(new NewMaterial("居民身份证（正反面）", true))));
	}

}

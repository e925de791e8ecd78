package org.chengxiang.services;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.directory.Directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo catalogue for the embedded default only: hukou settlement and a few items the plan's tasks call for.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoServices implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoServices.class);

	private final Catalogue catalogue;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoServices(Catalogue catalogue, Directory directory, JdbcClient jdbc, TransactionTemplate transactions) {
		this.catalogue = catalogue;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from services.item").query(Integer.class).single() > 0) {
			return;
		}
		long police = directory.departmentByName("公安局").orElseThrow().id();
		long hrss = directory.departmentByName("人社局").orElseThrow().id();
		transactions.executeWithoutResult(status -> {
			catalogue.save(new Catalogue.SaveItem("SETTLEMENT", "户口迁入（落户）", police, "户籍",
					"《中华人民共和国户口登记条例》；《营口市关于全面取消人才落户限制进一步放开落户政策的意见》",
					"在本市有合法稳定住所（含租赁）、合法稳定就业，或投靠亲属、人才引进等，均可申请；不设参保年限和居住年限要求。",
					"一、请如实填写申请人及随迁人员信息；\n二、上传本人身份证和住所或就业证明材料；\n三、承诺办结时限 10 个工作日，补正期间暂停计算；\n"
							+ "四、落户不影响您在原籍的土地承包经营权、宅基地使用权和集体收益分配权。",
					10, 20, "不收费", "FULLY_ONLINE",
					List.of(new Catalogue.SaveItem.Material("居民身份证（正反面）", true, "JPEG,PNG,PDF", 5 * 1024 * 1024),
							new Catalogue.SaveItem.Material("住所或就业证明", true, "JPEG,PNG,PDF", 5 * 1024 * 1024),
							new Catalogue.SaveItem.Material("亲属关系证明（投靠类）", false, "JPEG,PNG,PDF", 5 * 1024 * 1024))));
			catalogue.save(new Catalogue.SaveItem("RESIDENCE-PERMIT", "居住证申领", police, "户籍",
					"《居住证暂行条例》", "离开常住户口所在地，在本市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一。",
					"请如实说明居住地址和居住事由，上传身份证和居住证明。", 15, 15, "首次申领不收费", "AT_MOST_ONCE",
					List.of(new Catalogue.SaveItem.Material("居民身份证（正反面）", true, "JPEG,PNG,PDF", 5 * 1024 * 1024),
							new Catalogue.SaveItem.Material("居住证明", true, "JPEG,PNG,PDF", 5 * 1024 * 1024))));
			catalogue.save(new Catalogue.SaveItem("TRAINING-SUBSIDY", "职业技能培训补贴申领", hrss, "就业创业",
					"《关于推行终身职业技能培训制度的意见》", "参加职业技能培训并取得证书的农民工等劳动者。",
					"请上传培训合格证书，说明培训机构和培训项目。", 20, 30, "不收费", "FULLY_ONLINE",
					List.of(new Catalogue.SaveItem.Material("培训合格证书", true, "JPEG,PNG,PDF", 5 * 1024 * 1024))));
		});
		log.info("Demo services: catalogue of 3 items");
	}

}

package org.chengxiang.services;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.CurrentUsers;
import org.chengxiang.platform.web.InMemoryUpload;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

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

	private final ApplicationIntake intake;

	private final ApplicationMaterials materials;

	private final ApplicationReview review;

	private final ApplicationRatings ratings;

	DemoServices(Catalogue catalogue, Directory directory, JdbcClient jdbc, TransactionTemplate transactions,
			ApplicationIntake intake, ApplicationMaterials materials, ApplicationReview review, ApplicationRatings ratings) {
		this.intake = intake;
		this.materials = materials;
		this.review = review;
		this.ratings = ratings;
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
			catalogue.save(new Catalogue.SaveItem("HUKOU-CERTIFICATE", "户籍证明开具", police, "户籍",
					"《公安部关于改进和规范公安派出所出具证明工作的意见》", "本市户籍居民因入学、就业、社会保险等事项需要证明户籍信息的，可申请开具户籍证明。",
					"请说明证明的用途和需要证明的事项，上传身份证和户口簿本人页。", 15, 15, "不收费", "AT_MOST_ONCE",
					List.of(new Catalogue.SaveItem.Material("居民身份证（正反面）", true, "JPEG,PNG,PDF", 5 * 1024 * 1024),
							new Catalogue.SaveItem.Material("户口簿（本人页）", true, "JPEG,PNG,PDF", 5 * 1024 * 1024))));
			catalogue.save(new Catalogue.SaveItem("TRAINING-SUBSIDY", "职业技能培训补贴申领", hrss, "就业创业",
					"《关于推行终身职业技能培训制度的意见》", "参加职业技能培训并取得证书的农民工等劳动者。",
					"请上传培训合格证书，说明培训机构和培训项目。", 20, 30, "不收费", "FULLY_ONLINE",
					List.of(new Catalogue.SaveItem.Material("培训合格证书", true, "JPEG,PNG,PDF", 5 * 1024 * 1024))));
		});
		log.info("Demo services: catalogue of 3 items");
		applications();
	}

	/**
	 * The demo resident's applications in different states, handled by the demo police clerk; one decided
	 * application is rated unsatisfied, so police has a rating to follow up.
	 */
	private void applications() {
		CurrentUser resident = directory.user("resident").orElseThrow();
		CurrentUser police = directory.user("police").orElseThrow();
		transactions.executeWithoutResult(status -> {
			long certificate = as(resident, () -> intake.draft("HUKOU-CERTIFICATE",
					"{\"description\":\"子女在铁西小学入学，需开具户籍证明。\"}", resident));
			as(resident, () -> {
				materials.attach(certificate, 1, demoFile(), resident);
				materials.attach(certificate, 2, demoFile(), resident);
				intake.submit(certificate, resident);
				return null;
			});
			as(police, () -> {
				review.accept(certificate, police);
				review.startReview(certificate, police);
				review.approve(certificate, "材料齐全，准予出具户籍证明。", police);
				return null;
			});
			as(resident, () -> {
				ratings.rate(certificate, 5, "网上办理很方便", resident);
				return null;
			});
			// a second certificate, rated unsatisfied: police has a follow-up to make (差评整改)
			long second = as(resident, () -> intake.draft("HUKOU-CERTIFICATE",
					"{\"description\":\"办理社会保险关系转移，需开具户籍证明。\"}", resident));
			as(resident, () -> {
				materials.attach(second, 1, demoFile(), resident);
				materials.attach(second, 2, demoFile(), resident);
				intake.submit(second, resident);
				return null;
			});
			as(police, () -> {
				review.accept(second, police);
				review.startReview(second, police);
				review.approve(second, "符合条件，准予办理。", police);
				return null;
			});
			as(resident, () -> {
				ratings.rate(second, 2, "审核时间较长，电话咨询无人接听", resident);
				return null;
			});
			long settlement = as(resident, () -> intake.draft("SETTLEMENT", """
					{"category":"LEGAL_RESIDENCE_RENTED","originHukouAddress":"辽宁省盖州市团山街道",
					 "destination":{"divisionCode":"210882003001","addressLine":"铁西社区 3 号楼 1 单元 502"},
					 "members":[],"evidence":"房屋租赁合同及备案证明",
					 "ruralRights":{"hasLandContract":true,"hasHomestead":false,"hasCollectiveIncome":false,"statement":""}}
					""", resident));
			as(resident, () -> {
				materials.attach(settlement, 1, demoFile(), resident);
				materials.attach(settlement, 2, demoFile(), resident);
				intake.submit(settlement, resident);
				return null;
			});
			as(resident, () -> intake.draft("TRAINING-SUBSIDY", "{\"description\":\"参加焊工培训并取得证书。\"}", resident));
		});
		log.info("Demo services: resident's applications (two approved, one rated unsatisfied; submitted; draft)");
	}

	private static <T> T as(CurrentUser user, java.util.function.Supplier<T> step) {
		return CurrentUsers.runAs(user, step);
	}

	/** A small PNG standing in for a scanned document: a card outline that a clerk opening it can see. */
	private static MultipartFile demoFile() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(new java.awt.Color(0xf4, 0xf6, 0xf8));
		g.fillRect(0, 0, 320, 200);
		g.setColor(new java.awt.Color(0x1f, 0x5f, 0xa8));
		g.drawRoundRect(10, 10, 299, 179, 16, 16);
		g.fillRect(30, 40, 80, 100);
		g.fillRect(130, 50, 160, 10);
		g.fillRect(130, 80, 120, 10);
		g.fillRect(130, 110, 140, 10);
		g.dispose();
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", png);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return new InMemoryUpload("file", "scan.png", "image/png", png.toByteArray());
	}

}

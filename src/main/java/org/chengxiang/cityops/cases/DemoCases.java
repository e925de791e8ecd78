package org.chengxiang.cityops.cases;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo cases for the embedded default only: grid01 answers for the cells of 金桥街道, litter (市容环境 events) in
 * each subdistrict and town goes to its own government, and a dozen cases in every state over the last two
 * months, so that the lists, the bulletin and the plan's indicators show figures. Runs once.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	/** A small drawn PNG standing in for a photo from the street: a manhole cover on grey asphalt. */
	static final byte[] PNG = drawnPhoto();

	private static byte[] drawnPhoto() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(160, 120,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(new java.awt.Color(0x8a8d91));
		g.fillRect(0, 0, 160, 120);
		g.setColor(new java.awt.Color(0x3b3f45));
		g.fillOval(45, 25, 70, 70);
		g.setColor(new java.awt.Color(0x5c6168));
		for (int y = 35; y < 90; y += 8) {
			g.drawLine(52, y, 108, y);
		}
		g.dispose();
		try (var out = new java.io.ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private final CaseIntake intake;

	private final CaseSteps desk;

	private final GridOfficers officers;

	private final Classification classification;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	DemoCases(CaseIntake intake, CaseSteps desk, GridOfficers officers, Classification classification, Directory directory,
			JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
		this.intake = intake;
		this.desk = desk;
		this.officers = officers;
		this.classification = classification;
		this.directory = directory;
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser admin = directory.user("admin").orElse(null);
		DepartmentSummary jinqiao = directory.departmentByName("金桥街道").orElse(null);
		if (admin == null || jinqiao == null || jinqiao.divisionCode() == null || directory.user("grid01").isEmpty()) {
			return;
		}
		List<GridCellSummary> jinqiaoCells = directory.gridCellsWithin(jinqiao.divisionCode());
		if (jinqiaoCells.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> CurrentUsers.runAs(admin, () -> {
			if (officers.cellsOf(directory.user("grid01").orElseThrow().id()).isEmpty()) {
				jinqiaoCells.forEach(cell -> officers.assign(cell.code(), "grid01"));
				log.info("Demo cases: grid01 answers for the {} cells of 金桥街道", jinqiaoCells.size());
			}
			if (classification.rules().isEmpty()) {
				for (DepartmentSummary township : directory.townships()) {
					if (township.divisionCode() != null && directory.division(township.divisionCode()).isPresent()) {
						classification.addRule(new Classification.SaveRule(null, "E-01", township.divisionCode(),
								township.code()), code -> true);
					}
				}
			}
			return null;
		}));
		if (jdbc.sql("select count(*) from cityops.city_case where source <> 'SENSOR'").query(Integer.class).single() > 0) {
			return;
		}
		DepartmentSummary gangdu = directory.departmentByName("钢都街道").orElse(null);
		List<GridCellSummary> others = gangdu == null || gangdu.divisionCode() == null ? jinqiaoCells
				: directory.gridCellsWithin(gangdu.divisionCode());
		transactions.executeWithoutResult(status -> cases(jinqiaoCells, others.isEmpty() ? jinqiaoCells : others));
	}

	private void cases(List<GridCellSummary> jinqiao, List<GridCellSummary> others) {
		CurrentUser grid = directory.user("grid01").orElseThrow();
		CurrentUser operator = directory.user("operator").orElseThrow();
		CurrentUser zjj = directory.user("zjj").orElseThrow();
		// a broken stormwater manhole cover, handled within its 24 hours: closed on time
		report(grid, "C-0103", "铁西社区 3 号楼南侧雨水井盖破损下陷，存在安全隐患。", cell(jinqiao, 0), true)
			.then(2, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, "请先设置警示围挡，再更换井盖；位于小区出入口，注意夜间照明。", u))
			.then(3, zjj, desk::start)
			.then(9, zjj, (c, u) -> desk.feedback(c, "已更换井盖并加固井座。", List.of(photo()), u))
			.then(5, grid, (c, u) -> desk.verify(c, true, "现场核查井盖已更换。", List.of(), u))
			.then(2, operator, desk::close)
			.done(52);
		// litter in the subdistrict goes to its own government, which has not acted: hanging
		report(grid, "E-0101", "前砬山村村口路边堆放生活垃圾。", cell(jinqiao, 1), false)
			.then(1, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, null, u))
			.done(46);
		// a street stall, reworked once, then closed
		report(grid, "E-0501", "后砬山村路口占道经营水果摊。", cell(jinqiao, 2), false)
			.then(1, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, null, u))
			.then(1, zjj, desk::start)
			.then(2, zjj, (c, u) -> desk.feedback(c, "已劝离。", List.of(), u))
			.then(3, grid, (c, u) -> desk.verify(c, false, "摊位次日又出现。", List.of(), u))
			.then(2, zjj, desk::start)
			.then(2, zjj, (c, u) -> desk.feedback(c, "已取缔并设置提示牌。", List.of(), u))
			.then(4, grid, (c, u) -> desk.verify(c, true, null, List.of(), u))
			.then(1, operator, desk::close)
			.done(40);
		// a street lamp: an extension granted, still fed back late
		report(grid, "C-0104", "黄大村主路路灯连续三晚不亮。", cell(jinqiao, 3), false)
			.then(1, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, null, u))
			.then(20, zjj, desk::start)
			.then(1, zjj, (c, u) -> desk.requestExtension(c, java.time.Instant.now().plus(Duration.ofDays(3)),
					"需采购灯具。", u))
			.then(2, operator, (c, u) -> desk.decideExtension(c, true, null, u))
			.then(100, zjj, (c, u) -> desk.feedback(c, "已更换灯具。", List.of(), u))
			.then(6, grid, (c, u) -> desk.verify(c, true, null, List.of(), u))
			.then(2, operator, desk::close)
			.done(30);
		// a damaged road reported on the hotline, with the transport bureau since
		report(operator, "E-0303", "12345 热线：钢都街道某路段路面坑洼。", cell(others, 0), false)
			.then(1, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, null, u))
			.done(30);
		// not in scope
		report(operator, "E-0201", "12345 热线：小区内部楼道张贴广告。", cell(others, 1), false)
			.then(1, operator, (c, u) -> desk.reject(c, RejectReason.NOT_IN_SCOPE, "小区内部事务，由物业处理。", null, u))
			.done(25);
		// waterlogging being handled long after its four hours: overdue
		report(grid, "E-0405", "李家屯村低洼路段积水约 30 厘米。", cell(jinqiao, 4), false)
			.then(1, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, null, u))
			.then(2, zjj, desk::start)
			.done(20);
		// a verified loose cover, to be closed
		report(grid, "C-0102", "岳州村污水井盖松动。", cell(jinqiao, 8), false)
			.then(1, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, null, u))
			.then(2, zjj, desk::start)
			.then(5, zjj, (c, u) -> desk.feedback(c, "已紧固。", List.of(), u))
			.then(3, grid, (c, u) -> desk.verify(c, true, null, List.of(), u))
			.done(4);
		// dispatched, not started
		report(grid, "C-0101", "太公堡村上水井盖缺失。", cell(jinqiao, 5), true)
			.then(1, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, null, u))
			.done(3);
		// fed back, waiting for grid01's verification
		report(grid, "C-0401", "道士屯村行道树倒伏压占人行道。", cell(jinqiao, 6), false)
			.then(1, operator, desk::file)
			.then(1, operator, (c, u) -> desk.dispatch(c, null, null, u))
			.then(1, zjj, desk::start)
			.then(3, zjj, (c, u) -> desk.feedback(c, "已清理倒伏树木。", List.of(photo()), u))
			.done(1);
		// filed, to be dispatched
		report(grid, "C-0301", "金家屯村果皮箱损坏。", cell(jinqiao, 7), false).then(1, operator, desk::file).done(0);
		// just reported on the hotline
		report(operator, "E-0502", "12345 热线：钢都街道路口车辆乱停乱放。", cell(others, 2), false).done(0);
		log.info("Demo cases: 12 cases over the last two months");
	}

	/** Reports as the user, now; the chain of steps and {@link Demo#done} place it in the past. */
	private Demo report(CurrentUser user, String classCode, String text, double[] point, boolean withPhoto) {
		CaseIntake.Reported reported = CurrentUsers.runAs(user, () -> intake.report(
				new CaseIntake.ReportCase(classCode, text, point[0], point[1], null),
				withPhoto ? List.of(photo()) : List.of(), user));
		return new Demo(reported.caseId());
	}

	/** Moves every time of a case back. */
	private void age(long caseId, Duration by) {
		String interval = by.toSeconds() + " seconds";
		jdbc.sql("""
				update cityops.city_case set reported_at = reported_at - cast(:i as interval),
				    filed_at = filed_at - cast(:i as interval), dispatched_at = dispatched_at - cast(:i as interval),
				    feedback_at = feedback_at - cast(:i as interval), closed_at = closed_at - cast(:i as interval),
				    last_action_at = last_action_at - cast(:i as interval), due_at = due_at - cast(:i as interval),
				    handling_due_at = handling_due_at - cast(:i as interval),
				    extension_until = extension_until - cast(:i as interval)
				where id = :id
				""").param("i", interval).param("id", caseId).update();
		jdbc.sql("update cityops.case_step set at = at - cast(:i as interval) where case_id = :id")
			.param("i", interval).param("id", caseId).update();
		jdbc.sql("update cityops.case_report set reported_at = reported_at - cast(:i as interval) where case_id = :id")
			.param("i", interval).param("id", caseId).update();
		jdbc.sql("update cityops.case_photo set uploaded_at = uploaded_at - cast(:i as interval) where case_id = :id")
			.param("i", interval).param("id", caseId).update();
	}

	/** The middle of a cell's first ring. */
	private double[] cell(List<GridCellSummary> cells, int index) {
		GridCellSummary cell = cells.get(index % cells.size());
		JsonNode geometry = json.readTree(cell.geojson());
		JsonNode ring = "MultiPolygon".equals(geometry.path("type").asString("")) ? geometry.path("coordinates").get(0).get(0)
				: geometry.path("coordinates").get(0);
		double lng = 0;
		double lat = 0;
		int points = Math.max(1, ring.size() - 1);
		for (int i = 0; i < points; i++) {
			lng += ring.get(i).get(0).asDouble();
			lat += ring.get(i).get(1).asDouble();
		}
		return new double[] { lng / points, lat / points };
	}

	/** A step of a demo case, taken by a user. */
	private interface Step {

		void take(long caseId, CurrentUser user);

	}

	/**
	 * A demo case moving through its steps: before each step the case so far moves back by the hours the step
	 * took, then the step is taken now; at the end the whole case moves back to the day it happened.
	 */
	private final class Demo {

		private final long id;

		Demo(long id) {
			this.id = id;
		}

		Demo then(int hoursLater, CurrentUser user, Step step) {
			age(id, Duration.ofHours(hoursLater));
			CurrentUsers.runAs(user, () -> {
				step.take(id, user);
				return null;
			});
			return this;
		}

		void done(int daysAgo) {
			age(id, Duration.ofDays(daysAgo));
		}

	}

	static MultipartFile photo() {
		return new InMemoryUpload("photos", "photo.png", "image/png", PNG.clone());
	}

}

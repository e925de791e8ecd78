package org.chengxiang.cityops.sensors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.CurrentUsers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo sensors for the embedded default only: 30 devices of every type at the centres of generated grid cells,
 * among them the drainage point 「金桥街道 建设路雨水井」 the flood scenario uses, and the demo gateway whose key
 * the documentation gives, to which all of them belong. The default rules come with the schema.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoSensors implements ApplicationRunner {

	/** The demo gateway and its key (demo only: never on a configured database). */
	static final String GATEWAY = "DEMO-GW";

	static final String GATEWAY_KEY = "Demo-Gateway-Key-2020";

	/** The drainage point the flood scenario floods. */
	static final String FLOOD_DEVICE = "JQ-WL-001";

	static final String JINQIAO = "210882003";

	private static final Logger log = LoggerFactory.getLogger(DemoSensors.class);

	private record Kind(String type, String prefix, String suffix, int intervalSeconds) {
	}

	private static final List<Kind> KINDS = List.of(new Kind("WATER_LEVEL", "WL", "排水点水位计", 60),
			new Kind("COVER_TILT", "MC", "雨水井盖倾斜传感器", 300), new Kind("PIPE_PRESSURE", "PP", "供水管网压力监测点", 60),
			new Kind("AIR_QUALITY", "AQ", "空气质量微站", 300), new Kind("TRAFFIC_FLOW", "TF", "路口交通流量检测器", 60));

	private final Devices devices;

	private final Gateways gateways;

	private final GridLocator grid;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	DemoSensors(Devices devices, Gateways gateways, GridLocator grid, Directory directory, JdbcClient jdbc,
			TransactionTemplate transactions, JsonMapper json) {
		this.devices = devices;
		this.gateways = gateways;
		this.grid = grid;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from cityops.gateway where code = :code").param("code", GATEWAY)
			.query(Integer.class).single() > 0) {
			return;
		}
		CurrentUser operator = directory.user("operator").orElse(null);
		List<GridCellSummary> cells = grid.cells();
		if (operator == null || cells.isEmpty()) {
			log.info("Demo sensors: no operator or no grid cells; skipped");
			return;
		}
		List<Placed> jinqiao = new ArrayList<>();
		List<Placed> others = new ArrayList<>();
		for (GridCellSummary cell : cells) {
			centre(cell).ifPresent(p -> (cell.divisionCode().startsWith(JINQIAO) ? jinqiao : others).add(p));
		}
		if (jinqiao.isEmpty() || others.size() < 30) {
			log.info("Demo sensors: too few grid cells; skipped");
			return;
		}
		transactions.executeWithoutResult(status -> CurrentUsers.runAs(operator, () -> {
			gateways.register(GATEWAY, "演示网关（模拟器）", GATEWAY_KEY, operator.getUsername());
			Placed flood = jinqiao.get(0);
			devices.register(new SaveDevice(FLOOD_DEVICE, "WATER_LEVEL", "金桥街道 建设路雨水井", flood.lng(),
					flood.lat(), 60, true, null, GATEWAY), operator);
			int spread = Math.max(1, others.size() / 30);
			int n = 0;
			for (int i = 0; i < 29; i++) {
				Kind kind = KINDS.get((i + 1) % KINDS.size());
				Placed at = others.get((i * spread) % others.size());
				String code = "DEMO-" + kind.prefix() + "-" + String.format("%03d", ++n);
				// a little off the centre, so that devices of one cell do not stand on each other
				devices.register(new SaveDevice(code, kind.type(), at.cell().name() + " " + kind.suffix(),
						at.lng() + 0.0005 * (i % 3), at.lat() + 0.0005 * (i % 2), kind.intervalSeconds(), true, null,
						GATEWAY),
						operator);
			}
			return null;
		}));
		log.info("Demo sensors: 30 devices, gateway {} (key {})", GATEWAY, GATEWAY_KEY);
	}

	private record Placed(GridCellSummary cell, double lng, double lat) {
	}

	/** The centre of the cell's bounding box, when it lies inside the cell. */
	private Optional<Placed> centre(GridCellSummary cell) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		bounds(json.readTree(cell.geojson()).path("coordinates"), box);
		if (box[0] > box[2]) {
			return Optional.empty();
		}
		double lng = (box[0] + box[2]) / 2;
		double lat = (box[1] + box[3]) / 2;
		return grid.cellAt(lng, lat).filter(found -> found.id() == cell.id()).map(found -> new Placed(cell, lng, lat));
	}

	private static void bounds(JsonNode node, double[] box) {
		if (node.isArray() && node.size() >= 2 && node.get(0).isNumber() && node.get(1).isNumber()) {
			double x = node.get(0).asDouble();
			double y = node.get(1).asDouble();
			box[0] = Math.min(box[0], x);
			box[1] = Math.min(box[1], y);
			box[2] = Math.max(box[2], x);
			box[3] = Math.max(box[3], y);
		}
		else if (node.isArray()) {
			node.forEach(child -> bounds(child, box));
		}
	}

}

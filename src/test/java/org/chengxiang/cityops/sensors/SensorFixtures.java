package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.directory.GridCellSummary;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * What the sensor tests set up: their own gateway and devices with unique codes, at the centre of a grid cell.
 */
final class SensorFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SensorFixtures() {
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	/** The centre of a cell whose division code starts with the prefix ("" for any). */
	static double[] centreOfCell(GridLocator grid, String divisionPrefix) {
		for (GridCellSummary cell : grid.cells()) {
			if (!cell.divisionCode().startsWith(divisionPrefix)) {
				continue;
			}
			double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
			bounds(JSON.readTree(cell.geojson()).path("coordinates"), box);
			double lng = (box[0] + box[2]) / 2;
			double lat = (box[1] + box[3]) / 2;
			if (grid.cellAt(lng, lat).map(found -> found.id() == cell.id()).orElse(false)) {
				return new double[] { lng, lat };
			}
		}
		throw new IllegalStateException("no grid cell under " + divisionPrefix);
	}

	private static void bounds(JsonNode node, double[] box) {
		if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
			box[0] = Math.min(box[0], node.get(0).asDouble());
			box[1] = Math.min(box[1], node.get(1).asDouble());
			box[2] = Math.max(box[2], node.get(0).asDouble());
			box[3] = Math.max(box[3], node.get(1).asDouble());
		}
		else if (node.isArray()) {
			node.forEach(child -> bounds(child, box));
		}
	}

	/** Registers a device of the gateway as the operator; answers its code. */
	static String device(MockMvc mvc, GridLocator grid, Gateways.Registered gateway, String type,
			int intervalSeconds, String divisionPrefix) throws Exception {
		String code = unique("T" + type.substring(0, 2));
		double[] at = centreOfCell(grid, divisionPrefix);
		mvc.perform(post("/api/cityops/sensors").with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","typeCode":"%s","name":"测试设备 %s","longitude":%s,"latitude":%s,"intervalSeconds":%d,
					 "active":true,"gatewayCode":"%s"}
					""".formatted(code, type, code, at[0], at[1], intervalSeconds, gateway.code())))
			.andExpect(status().isCreated());
		return code;
	}

	/** A JSON batch of readings of one device. */
	static String batch(String device, Object... tsAndValues) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < tsAndValues.length; i += 2) {
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"device\":\"").append(device).append("\",\"ts\":\"").append((Instant) tsAndValues[i])
				.append("\",\"value\":").append(tsAndValues[i + 1]).append('}');
		}
		return json.append(']').toString();
	}

	static ResultActions send(MockMvc mvc, Gateways.Registered gateway, String body) throws Exception {
		return mvc.perform(post("/api/cityops/telemetry").with(httpBasic(gateway.code(), gateway.key()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}

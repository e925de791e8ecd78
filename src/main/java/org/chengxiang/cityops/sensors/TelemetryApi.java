package org.chengxiang.cityops.sensors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Telemetry from gateways over HTTP, in batches.
 */
@RestController
@Tag(name = "telemetry", description = "感知数据接入 / telemetry")
class TelemetryApi {

	private final TelemetryInput input;

	private final TelemetryIngestion ingestion;

	TelemetryApi(TelemetryInput input, TelemetryIngestion ingestion) {
		this.input = input;
		this.ingestion = ingestion;
	}

	@PostMapping(GatewaySecurity.PATH)
	@Operation(summary = "批量上报读数（网关编码和密钥，HTTP Basic）；整批校验，有误则整批拒收 / a batch of readings "
			+ "(gateway code and key as HTTP Basic); a batch with any bad reading is refused whole")
	TelemetryIngestion.Outcome receive(@RequestBody JsonNode body) {
		return ingestion.store(input.batch(body));
	}

}

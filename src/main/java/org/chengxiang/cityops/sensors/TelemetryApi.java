package org.chengxiang.cityops.sensors;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.web.Wording;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Telemetry from gateways over HTTP, in batches. A batch is stored whole or not at all: one bad reading refuses it
 * (400, naming the first bad entries), and so does one reading for a device that is not the sending gateway's
 * (403, naming the first such entries; those readings are counted on the gateway).
 */
@RestController
@Tag(name = "telemetry", description = "感知数据接入 / telemetry")
class TelemetryApi {

	private final TelemetryInput input;

	private final TelemetryIngestion ingestion;

	private final GatewayRefusals refusals;

	TelemetryApi(TelemetryInput input, TelemetryIngestion ingestion, GatewayRefusals refusals) {
		this.input = input;
		this.ingestion = ingestion;
		this.refusals = refusals;
	}

	@PostMapping(GatewaySecurity.PATH)
	@Operation(summary = "批量上报读数（网关编码和密钥，HTTP Basic）；整批校验，有误则整批拒收（400）；含不属于本网关的设备的读数"
			+ "则整批拒收（403，列出被拒条目并计入网关的拒收数） / a batch of readings (gateway code and key as HTTP Basic); "
			+ "a batch with any bad reading is refused whole (400); a batch with readings for devices not the gateway's "
			+ "is refused whole (403, naming the entries refused, counted on the gateway)")
	TelemetryIngestion.Outcome receive(@RequestBody JsonNode body, Authentication authentication) {
		String gateway = GatewaySecurity.gatewayCode(authentication);
		try {
			return ingestion.store(input.batch(body, gateway));
		}
		catch (RefusedReadings ex) {
			refusals.record(gateway, ex.lastDevice(), ex.readings());
			throw ex;
		}
	}

	@ExceptionHandler(RefusedReadings.class)
	ResponseEntity<ProblemDetail> refused(RefusedReadings ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				Wording.of(ex.readings() + " 条读数所属设备不归本网关（属于其他网关或未指定网关），整批未保存",
						ex.readings() + " reading(s) are for devices that are not this gateway's (they belong to "
								+ "another gateway or to none); nothing of the batch was stored"));
		problem.setTitle(Wording.of("读数被拒收", "Readings refused"));
		problem.setType(URI.create("urn:chengxiang:problem:device-of-another-gateway"));
		problem.setProperty("refusedCount", ex.readings());
		String reason = Wording.of("该设备不属于本网关", "the device is not this gateway's");
		List<Refused> refused = ex.refusals()
			.stream()
			.map(refusal -> new Refused(refusal.field(), refusal.device(), refusal.readings(), reason))
			.toList();
		problem.setProperty("refused", refused);
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	/** An entry refused, as the answer names it. */
	record Refused(String field, String device, int readings, String reason) {
	}

}

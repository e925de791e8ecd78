package org.chengxiang.cityops.sensors;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

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
@Tag(name = "telemetry", description = "Readings from gateways")
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
	@Operation(summary = "A batch of readings (gateway code and key as HTTP Basic); "
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
				ReaderTexts.of(Text.of("cityops.telemetry.refused.detail", String.valueOf(ex.readings()))));
		problem.setTitle(ReaderTexts.of(Text.of("cityops.telemetry.refused.title")));
		problem.setType(URI.create("urn:chengxiang:problem:device-of-another-gateway"));
		problem.setProperty("refusedCount", ex.readings());
		String reason = ReaderTexts.of(Text.of("cityops.telemetry.refused.reason"));
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

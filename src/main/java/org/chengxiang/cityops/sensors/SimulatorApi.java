package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo simulator's flood scenario, on demand (embedded default only).
 */
@RestController
@Tag(name = "simulator", description = "The demo simulator")
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
class SimulatorApi {

	private final Simulator simulator;

	SimulatorApi(Simulator simulator) {
		this.simulator = simulator;
	}

	@PostMapping("/api/cityops/simulator/flood")
	@Operation(summary = "Simulate a flood at the Jinqiao drainage point of the demo data")
	ResponseEntity<Map<String, Object>> flood() {
		Instant until = simulator.startFlood();
		return ResponseEntity.accepted().body(Map.of("device", DemoSensors.FLOOD_DEVICE, "until", until.toString()));
	}

	@DeleteMapping("/api/cityops/simulator/flood")
	ResponseEntity<Void> stop() {
		simulator.stopFlood();
		return ResponseEntity.noContent().build();
	}

}

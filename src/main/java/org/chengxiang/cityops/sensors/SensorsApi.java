package org.chengxiang.cityops.sensors;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sensors API: device registry, readings, rules, alarms and gateways.
 */
@RestController
@Tag(name = "sensors", description = "Sensors, their rules and alarms, and the gateways that send their readings")
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','DEPARTMENT_LEAD','CLERK','GRID_OFFICER')")
class SensorsApi {

	private final Devices devices;

	private final Rules rules;

	private final Alarms alarms;

	private final SensorBoard board;

	private final Gateways gateways;

	SensorsApi(Devices devices, Rules rules, Alarms alarms, SensorBoard board, Gateways gateways) {
		this.devices = devices;
		this.rules = rules;
		this.alarms = alarms;
		this.board = board;
		this.gateways = gateways;
	}

	@GetMapping("/api/cityops/sensors")
	@Operation(summary = "Devices in scope, newest registered first, keyset paged by beforeId")
	KeysetPage<Devices.View> list(@RequestParam(required = false) String type,
			@RequestParam(required = false) String town, @RequestParam(required = false) Long beforeId,
			@RequestParam(defaultValue = "100") int size, @AuthenticationPrincipal CurrentUser user) {
		int limit = Math.max(1, Math.min(size, Devices.MAX_PAGE));
		return KeysetPage.of(devices.newestFirst(user, type, town, beforeId, limit), limit, Devices.View::id);
	}

	@GetMapping("/api/cityops/sensors/types")
	List<Devices.DeviceTypeView> types() {
		return devices.types();
	}

	@GetMapping("/api/cityops/sensors/health")
	Map<String, Integer> health(@AuthenticationPrincipal CurrentUser user) {
		return board.health(user.scope());
	}

	@GetMapping("/api/cityops/sensors/{code}")
	Devices.View device(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
		return devices.view(code, user);
	}

	@GetMapping("/api/cityops/sensors/{code}/readings")
	List<Devices.ReadingView> readings(@PathVariable String code, @RequestParam(defaultValue = "120") int limit,
			@AuthenticationPrincipal CurrentUser user) {
		return devices.readings(code, user, limit);
	}

	@PostMapping("/api/cityops/sensors")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	@Operation(summary = "Register a device; its point must lie in a grid cell")
	ResponseEntity<Devices.View> register(@Valid @RequestBody SaveDevice command,
			@AuthenticationPrincipal CurrentUser user) {
		Devices.View view = devices.register(command, user);
		return ResponseEntity.created(URI.create("/api/cityops/sensors/" + view.code())).body(view);
	}

	@PutMapping("/api/cityops/sensors/{code}")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	Devices.View update(@PathVariable String code, @Valid @RequestBody SaveDevice command,
			@AuthenticationPrincipal CurrentUser user) {
		return devices.update(code, command, user);
	}

	@GetMapping("/api/cityops/rules")
	List<Rule> rules() {
		return rules.all();
	}

	@PostMapping("/api/cityops/rules")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	ResponseEntity<Rule> createRule(@Valid @RequestBody Rules.SaveRule command) {
		Rule rule = rules.create(command);
		return ResponseEntity.created(URI.create("/api/cityops/rules/" + rule.id())).body(rule);
	}

	@PutMapping("/api/cityops/rules/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	Rule updateRule(@PathVariable long id, @Valid @RequestBody Rules.SaveRule command) {
		return rules.update(id, command);
	}

	@GetMapping("/api/cityops/alarms")
	@Operation(summary = "Alarms, newest first, keyset paged by beforeId")
	KeysetPage<SensorBoard.AlarmRow> alarms(@RequestParam(required = false) String state,
			@RequestParam(required = false) AlarmSeverity severity, @RequestParam(required = false) Long beforeId,
			@RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal CurrentUser user) {
		int limit = Math.max(1, Math.min(size, SensorBoard.MAX_PAGE));
		return KeysetPage.of(board.alarms(user.scope(), active(state), severity, beforeId, limit, false), limit,
				SensorBoard.AlarmRow::id);
	}

	@GetMapping("/api/cityops/alarms/{id}")
	SensorBoard.AlarmRow alarm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return board.alarm(user.scope(), id).orElseThrow(() -> new NoSuchRecord("alarm " + id));
	}

	@PostMapping("/api/cityops/alarms/{id}/acknowledgement")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	@Operation(summary = "An operator acknowledges the alarm and says what is being done")
	SensorBoard.AlarmRow acknowledge(@PathVariable long id, @Valid @RequestBody Acknowledgement body,
			@AuthenticationPrincipal CurrentUser user) {
		alarm(id, user);
		alarms.acknowledge(id, body.note(), user);
		return alarm(id, user);
	}

	@GetMapping("/api/cityops/gateways")
	@PreAuthorize("hasRole('ADMIN')")
	List<Gateways.View> gateways() {
		return gateways.list();
	}

	@PostMapping("/api/cityops/gateways")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Register a gateway; its key is answered this once only")
	ResponseEntity<Gateways.Registered> registerGateway(@Valid @RequestBody NewGateway body,
			@AuthenticationPrincipal CurrentUser user) {
		Gateways.Registered registered = gateways.register(body.code(), body.name(), user.getUsername());
		return ResponseEntity.created(URI.create("/api/cityops/gateways/" + registered.code())).body(registered);
	}

	@PostMapping("/api/cityops/gateways/{code}/deactivation")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> deactivateGateway(@PathVariable String code) {
		gateways.deactivate(code);
		return ResponseEntity.noContent().build();
	}

	static Boolean active(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		return switch (state) {
			case "ACTIVE" -> true;
			case "CLEARED" -> false;
			default -> throw RuleBroken.at("state", "cityops.alarm.problem.state");
		};
	}

	record Acknowledgement(@NotBlank(message = "{cityops.alarm.problem.noteRequired}") @Size(max = 500,
			message = "{cityops.alarm.problem.noteTooLong}") String note) {
	}

	record NewGateway(@NotBlank(message = "{cityops.gateway.problem.codeRequired}") String code,
			@NotBlank(message = "{cityops.gateway.problem.nameRequired}") String name) {
	}

}

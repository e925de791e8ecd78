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
@Tag(name = "sensors", description = "感知设备与告警 / sensors and alarms")
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
	@Operation(summary = "设备列表（按编码键集分页） / devices in scope, keyset paged by code")
	Map<String, Object> list(@RequestParam(required = false) String type, @RequestParam(required = false) String town,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "100") int size,
			@AuthenticationPrincipal CurrentUser user) {
		List<Devices.View> rows = devices.list(user, type, town, after, size);
		int limit = Math.max(1, Math.min(size, Devices.MAX_PAGE));
		return Map.of("items", rows, "nextAfter", rows.size() == limit ? rows.get(rows.size() - 1).code() : "");
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
	@Operation(summary = "登记设备（位置须在网格内） / register a device (its point must lie in a grid cell)")
	ResponseEntity<Devices.View> register(@Valid @RequestBody Devices.SaveDevice command,
			@AuthenticationPrincipal CurrentUser user) {
		Devices.View view = devices.register(command, user);
		return ResponseEntity.created(URI.create("/api/cityops/sensors/" + view.code())).body(view);
	}

	@PutMapping("/api/cityops/sensors/{code}")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	Devices.View update(@PathVariable String code, @Valid @RequestBody Devices.SaveDevice command,
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
	@Operation(summary = "告警（最新在前，键集分页） / alarms, newest first, keyset paged")
	List<SensorBoard.AlarmRow> alarms(@RequestParam(required = false) String state,
			@RequestParam(required = false) AlarmSeverity severity, @RequestParam(required = false) Long beforeId,
			@RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal CurrentUser user) {
		return board.alarms(user.scope(), active(state), severity, beforeId, size);
	}

	@GetMapping("/api/cityops/alarms/{id}")
	SensorBoard.AlarmRow alarm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return board.alarm(user.scope(), id).orElseThrow(() -> new NoSuchRecord("alarm " + id));
	}

	@PostMapping("/api/cityops/alarms/{id}/acknowledgement")
	@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
	@Operation(summary = "值班员确认告警并说明处置 / an operator acknowledges the alarm with a note")
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
	@Operation(summary = "登记网关，密钥仅此一次返回 / register a gateway; its key is answered this once only")
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
			default -> throw new RuleBroken("state", "状态应为 ACTIVE 或 CLEARED / ACTIVE or CLEARED");
		};
	}

	record Acknowledgement(@NotBlank(message = "请填写处置说明 / say what is being done") @Size(max = 500, message = "处置说明最多 500 字 / at most 500 characters") String note) {
	}

	record NewGateway(@NotBlank(message = "请填写网关编码 / code is required") String code,
			@NotBlank(message = "请填写网关名称 / name is required") String name) {
	}

}

package org.chengxiang.directory;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents register themselves for online services.
 */
@RestController
@Tag(name = "residents", description = "居民注册 / resident registration")
class ResidentRegistrationApi {

	private final UserDirectory users;

	ResidentRegistrationApi(UserDirectory users) {
		this.users = users;
	}

	@PostMapping("/api/residents")
	@Operation(summary = "居民注册（身份证号按 GB 11643 校验） / register as a resident (ID number checked against GB 11643)")
	ResponseEntity<UserView> register(@Valid @RequestBody RegisterResident command) {
		UserView created = users.registerResident(command);
		return ResponseEntity.created(URI.create("/api/directory/users/" + created.id())).body(created);
	}

}

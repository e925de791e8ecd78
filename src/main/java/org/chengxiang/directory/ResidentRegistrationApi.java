package org.chengxiang.directory;

import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.security.ClientRateLimits;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents register themselves for online services, in two steps: the request, which sends a code to the phone
 * and answers every well-formed request alike, and the confirmation with that code, which makes the account.
 * Both are limited per client address (429 past the limit).
 */
@RestController
@Tag(name = "residents", description = "Resident registration")
class ResidentRegistrationApi {

	private final ResidentRegistrations registrations;

	private final ClientRateLimits limits;

	private final Validator validator;

	ResidentRegistrationApi(ResidentRegistrations registrations, ClientRateLimits limits, Validator validator) {
		this.registrations = registrations;
		this.limits = limits;
		this.validator = validator;
	}

	@PostMapping("/api/residents")
	@Operation(summary = "Register as a resident: a code is sent to the phone")
	ResponseEntity<?> register(@RequestBody RegisterResident command, HttpServletRequest request) {
		ClientRateLimits.Admission admission = limits.registration(request.getRemoteAddr());
		if (!admission.admitted()) {
			return tooMany(admission);
		}
		check(command);
		UUID token = registrations.begin(command);
		return ResponseEntity.accepted().body(new RegistrationSent(token.toString(),
				ReaderTexts.of(Text.of("directory.registration.codeSent", ResidentRegistrations.CODE_VALID_FOR.toMinutes()))));
	}

	@PostMapping("/api/residents/confirmations")
	@Operation(summary = "Confirm the registration with the phone code; the account is made")
	ResponseEntity<?> confirm(@RequestBody ConfirmRegistration command, HttpServletRequest request) {
		ClientRateLimits.Admission admission = limits.registration(request.getRemoteAddr());
		if (!admission.admitted()) {
			return tooMany(admission);
		}
		check(command);
		UserView created = registrations.confirm(AccountPages.parse(command.confirmation()), command.code());
		return ResponseEntity.created(URI.create("/api/directory/users/" + created.id())).body(created);
	}

	// validated here, after the rate limit, so that malformed requests count against it too
	private <T> void check(T command) {
		var violations = validator.validate(command);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
	}

	private static ResponseEntity<ProblemDetail> tooMany(ClientRateLimits.Admission admission) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				ReaderTexts.of(Text.of("problem.tooManyAttempts", admission.retryAfterMinutes())));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", String.valueOf(admission.retryAfterSeconds()))
			.body(problem);
	}

	/**
	 * What the first step answers, the same for every well-formed request.
	 *
	 * @param confirmation the token the confirmation names
	 * @param detail what to do next, in the reader's language
	 */
	record RegistrationSent(String confirmation, String detail) {
	}

	/**
	 * The second step.
	 *
	 * @param confirmation the token the first step answered
	 * @param code the six digits sent to the phone
	 */
	record ConfirmRegistration(@NotBlank(message = "{validation.code.required}") String confirmation,
			@NotBlank(message = "{validation.code.required}") String code) {
	}

}

package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A session (课次) of a class: its day, hours and topic. */
record SessionForm(@NotNull(message = "{training.session.heldOn.required}") LocalDate heldOn,
		@NotNull(message = "{training.session.hours.required}") @DecimalMin(value = "0.5", message = "{training.session.hours.range}")
		@DecimalMax(value = "12", message = "{training.session.hours.range}") @Digits(integer = 2, fraction = 1, message = "{training.session.hours.range}") BigDecimal hours,
		@NotBlank(message = "{training.session.topic.required}") @Size(max = 100, message = "{training.session.topic.tooLong}") String topic) {

	static final SessionForm EMPTY = new SessionForm(null, null, null);

}

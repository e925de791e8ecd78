package org.chengxiang.training;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A class as the filing form and the API's body send it.
 *
 * @param divisionCode the community or village where it is held
 * @param place the address or room there
 */
record ClassForm(
		@NotBlank(message = "{training.class.name.required}") @Size(max = 100, message = "{training.class.name.tooLong}") String name,
		@NotBlank(message = "{training.class.occupation.required}") @Size(max = 20, message = "{training.class.occupation.unknown}") String occupationCode,
		@NotNull(message = "{training.class.level.required}") SkillLevel level,
		@NotNull(message = "{training.class.trainingType.required}") TrainingType trainingType,
		@NotNull(message = "{training.class.hours.required}") @Min(value = 1, message = "{training.class.hours.range}")
		@Max(value = TrainingClass.MAX_HOURS, message = "{training.class.hours.range}") Integer hours,
		@NotNull(message = "{training.class.capacity.required}") @Min(value = 1, message = "{training.class.capacity.range}")
		@Max(value = TrainingClass.MAX_CAPACITY, message = "{training.class.capacity.range}") Integer capacity,
		@NotNull(message = "{training.class.startsOn.required}") LocalDate startsOn,
		@NotNull(message = "{training.class.endsOn.required}") LocalDate endsOn,
		@NotBlank(message = "{training.class.division.required}") @Size(max = 12, message = "{training.class.division.required}") String divisionCode,
		@NotBlank(message = "{training.class.place.required}") @Size(max = 200, message = "{training.class.place.tooLong}") String place,
		@NotBlank(message = "{training.class.teacher.required}") @Size(max = 50, message = "{training.class.teacher.tooLong}") String teacher) {

	static final ClassForm EMPTY = new ClassForm(null, null, null, null, null, null, null, null, null, null, null);

}

package org.chengxiang.platform.crypto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is a valid resident ID number (GB 11643-1999); the violation names the
 * specific reason from {@link ResidentIdNumbers#problem(String)}.
 *
 * <p>
 * {@code null} and blank text are valid, so that the constraint composes with {@code @NotBlank}
 * on required fields without a second message, and leaves optional fields alone.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentIdNumber {

	String message() default "{validation.idNumber}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

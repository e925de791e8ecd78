package org.chengxiang.platform.crypto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is a mainland China mobile number: 11 digits starting with 13–19, nothing
 * else (normalize input with {@link PersonalDataProtector#normalizePhone(String)} first to accept
 * spaces, dashes or +86).
 *
 * <p>
 * {@code null} and blank text are valid, so that the constraint composes with {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = MobilePhoneValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MobilePhone {

	String message() default "{validation.phone}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

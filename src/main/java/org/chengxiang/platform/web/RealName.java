package org.chengxiang.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is a real name as {@link PersonalText#realNameProblem(String)} reads it; the violation says
 * what is wrong in the reader's language. {@code null} and blank are valid, for {@code @NotBlank} to report.
 */
@Documented
@Constraint(validatedBy = PersonalTextValidators.RealNameValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface RealName {

	String message() default "{validation.realName}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

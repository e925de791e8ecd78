package org.chengxiang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

class FormErrorsTests {

	@Test
	void aBrokenRuleGoesBesideItsFieldAndARefusedStepAboveTheForm() {
		BindingResult result = new MapBindingResult(new HashMap<>(), "form");
		FormErrors.apply(RuleBroken.at("note", "cityops.case.noteRequired"), result);
		FormErrors.apply(StepRefused.because("cityops.case.notPending"), result);
		assertThat(result.getFieldErrors()).singleElement()
			.satisfies(error -> assertThat(error.getField()).isEqualTo("note"));
		assertThat(result.getGlobalErrors()).singleElement()
			.satisfies(error -> assertThat(error.getCode()).isEqualTo("refused"));
	}

}

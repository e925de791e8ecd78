package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.RuleBroken;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailedFormTests {

	private final RuleBroken refused = new RuleBroken(List.of(
			new RuleBroken.Problem("classCode", "案件类别不存在"),
			new RuleBroken.Problem("divisionCode", "区划代码不存在"),
			new RuleBroken.Problem("divisionCode", "须为 12 位"),
			new RuleBroken.Problem("version", "已被他人修改")));

	@Test
	void problemsGoBesideTheirFieldsThroughAliasesAndTheRestAboveTheForm() {
		FailedForm failed = FailedForm.of("rule", Map.of("target", "C-0103", "divisionCode", "1"), refused,
				Set.of("target", "divisionCode"), Map.of("classCode", "target"));

		assertThat(failed.error("rule", "target")).isEqualTo("案件类别不存在");
		assertThat(failed.error("rule", "divisionCode")).isEqualTo("区划代码不存在；须为 12 位");
		assertThat(failed.general()).containsExactly("已被他人修改");
	}

	@Test
	void onlyTheFailedFormShowsWhatWasSentTheOthersKeepTheirOwnValues() {
		FailedForm failed = FailedForm.of("rule-7", Map.of("threshold", "abc"), refused, Set.of("threshold"));

		assertThat(failed.value("rule-7", "threshold", 1.5)).isEqualTo("abc");
		assertThat(failed.value("rule-7", "active", true)).as("an unticked box is not sent").isEmpty();
		assertThat(failed.value("rule-8", "threshold", 1.5)).isEqualTo("1.5");
		assertThat(failed.error("rule-8", "divisionCode")).isNull();
		assertThat(FailedForm.NONE.value("rule-7", "threshold", null)).isEmpty();
	}

	@Test
	void problemsOfAListsElementsGoBesideTheListOnce() {
		RuleBroken elements = new RuleBroken(List.of(
				new RuleBroken.Problem("requiredEvidence[0].<list element>", "请填写材料名称"),
				new RuleBroken.Problem("requiredEvidence[2].<list element>", "请填写材料名称"),
				new RuleBroken.Problem("requiredEvidence[3].<list element>", "不能超过 100 个字")));
		FailedForm failed = FailedForm.of("policy", Map.of("requiredEvidence", ""), elements, Set.of("requiredEvidence"));

		assertThat(failed.error("policy", "requiredEvidence")).isEqualTo("请填写材料名称；不能超过 100 个字");
		assertThat(failed.general()).isEmpty();
	}

}

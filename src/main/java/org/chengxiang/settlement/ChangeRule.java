package org.chengxiang.settlement;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The police department changes the rule of one settlement category.
 *
 * @param name the category's name, Chinese
 * @param requiredEvidence what the applicant must show, one item per entry
 * @param minResidenceMonths months of residence required; 0 keeps the restriction abolished
 * @param minSocialInsuranceMonths months of social insurance required; 0 keeps the restriction abolished
 * @param active whether applications in the category are accepted
 * @param version the version the change was made from; a change of an older one is refused
 */
record ChangeRule(
		@NotBlank(message = "请填写类别名称 / enter the category name")
		@Size(max = 50, message = "不能超过 50 个字 / at most 50 characters") String name,
		@NotEmpty(message = "请至少列出一项证明材料 / list at least one piece of evidence")
		@Size(max = 20, message = "证明材料不能超过 20 项 / at most 20 pieces of evidence")
		List<@NotBlank(message = "请填写材料名称 / enter the evidence")
		@Size(max = 100, message = "不能超过 100 个字 / at most 100 characters") String> requiredEvidence,
		@NotNull(message = "请填写居住年限要求（月），0 为不限 / enter the months of residence required, 0 for none")
		@Min(value = 0, message = "不能为负数 / cannot be negative")
		@Max(value = 240, message = "不能超过 240 个月 / at most 240 months") Integer minResidenceMonths,
		@NotNull(message = "请填写参保年限要求（月），0 为不限 / enter the months of social insurance required, 0 for none")
		@Min(value = 0, message = "不能为负数 / cannot be negative")
		@Max(value = 240, message = "不能超过 240 个月 / at most 240 months") Integer minSocialInsuranceMonths,
		@NotNull(message = "请选择是否受理 / choose whether the category is open") Boolean active,
		@NotNull(message = "缺少版本号，请刷新后重试 / the version is missing; reload and retry") Integer version) {
}

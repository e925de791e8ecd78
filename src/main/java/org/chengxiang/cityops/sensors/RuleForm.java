package org.chengxiang.cityops.sensors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.chengxiang.cityops.AlarmSeverity;

/**
 * A rule's form, as typed: a row of the rules table ({@code id} set) or the new rule's. A box left unticked is
 * inactive.
 */
class RuleForm {

	private Long id;

	@NotBlank(message = "{cityops.sensor.problem.typeRequired}")
	private String typeCode;

	@NotNull(message = "{cityops.rule.problem.comparisonRequired}")
	private Rule.Comparison comparison;

	@NotNull(message = "{cityops.rule.problem.thresholdRequired}")
	private Double threshold;

	@NotNull(message = "{cityops.rule.problem.durationRequired}")
	@Min(value = 0, message = "{cityops.rule.problem.durationRange}")
	@Max(value = 1440, message = "{cityops.rule.problem.durationRange}")
	private Integer durationMinutes = 0;

	@NotNull(message = "{cityops.rule.problem.severityRequired}")
	private AlarmSeverity severity;

	private boolean active = true;

	private Integer version;

	/** Whether this form is the row of {@code rule}. */
	public boolean isOf(Rule rule) {
		return id != null && id == rule.id();
	}

	Rules.SaveRule command() {
		return new Rules.SaveRule(typeCode == null ? null : typeCode.strip(), comparison, threshold, durationMinutes,
				severity, active, version);
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getTypeCode() {
		return typeCode;
	}

	public void setTypeCode(String typeCode) {
		this.typeCode = typeCode;
	}

	public Rule.Comparison getComparison() {
		return comparison;
	}

	public void setComparison(Rule.Comparison comparison) {
		this.comparison = comparison;
	}

	public Double getThreshold() {
		return threshold;
	}

	public void setThreshold(Double threshold) {
		this.threshold = threshold;
	}

	public Integer getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public AlarmSeverity getSeverity() {
		return severity;
	}

	public void setSeverity(AlarmSeverity severity) {
		this.severity = severity;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}

package org.chengxiang.training;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

/**
 * A year's claim rules as the catalogue page or the API sends them: the yearly maximum of subsidised trainings per
 * person, the share of hours a trainee must attend in per cent (80 for 80 %), and the version the page showed
 * ({@code null} when the year had no rules yet). A bean with setters, so that a page keeps what was typed even when
 * it is not a number.
 */
class RulesForm {

	@NotNull(message = "{training.rules.yearlyCap.required}")
	private Integer yearlyCap;

	@NotNull(message = "{training.rules.attendance.required}")
	private BigDecimal attendancePercent;

	private Integer version;

	RulesForm() {
	}

	RulesForm(Integer yearlyCap, BigDecimal attendancePercent, Integer version) {
		this.yearlyCap = yearlyCap;
		this.attendancePercent = attendancePercent;
		this.version = version;
	}

	Integer yearlyCap() {
		return yearlyCap;
	}

	BigDecimal attendancePercent() {
		return attendancePercent;
	}

	Integer version() {
		return version;
	}

	public Integer getYearlyCap() {
		return yearlyCap;
	}

	public void setYearlyCap(Integer yearlyCap) {
		this.yearlyCap = yearlyCap;
	}

	public BigDecimal getAttendancePercent() {
		return attendancePercent;
	}

	public void setAttendancePercent(BigDecimal attendancePercent) {
		this.attendancePercent = attendancePercent;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}

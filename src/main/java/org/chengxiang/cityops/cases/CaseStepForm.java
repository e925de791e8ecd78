package org.chengxiang.cityops.cases;

/** The fields of the steps' forms; each step binds the ones it takes. */
class CaseStepForm {

	private String reason;

	private String note;

	private String duplicateOf;

	private Long departmentId;

	private String instruction;

	private Boolean passed;

	private String until;

	private Boolean approved;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getDuplicateOf() {
		return duplicateOf;
	}

	public void setDuplicateOf(String duplicateOf) {
		this.duplicateOf = duplicateOf;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public String getInstruction() {
		return instruction;
	}

	public void setInstruction(String instruction) {
		this.instruction = instruction;
	}

	public Boolean getPassed() {
		return passed;
	}

	public void setPassed(Boolean passed) {
		this.passed = passed;
	}

	public String getUntil() {
		return until;
	}

	public void setUntil(String until) {
		this.until = until;
	}

	public Boolean getApproved() {
		return approved;
	}

	public void setApproved(Boolean approved) {
		this.approved = approved;
	}

}

package org.chengxiang.cityops.cases;

/** The report form's fields. */
class CaseReportForm {

	private String classCode;

	private String description;

	private Double longitude;

	private Double latitude;

	private CaseSource source;

	public String getClassCode() {
		return classCode;
	}

	public void setClassCode(String classCode) {
		this.classCode = classCode;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public Double getLatitude() {
		return latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public CaseSource getSource() {
		return source;
	}

	public void setSource(CaseSource source) {
		this.source = source;
	}

}

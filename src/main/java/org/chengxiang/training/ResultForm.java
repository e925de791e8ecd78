package org.chengxiang.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The results of a whole roster on one form: a line per trainee, in seat order. */
class ResultForm {

	@Valid
	@Size(max = TrainingClass.MAX_CAPACITY * 4)
	private List<Line> lines = new ArrayList<>();

	public List<Line> getLines() {
		return lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

	/**
	 * One trainee's result.
	 *
	 * @see ResultDesk#record for the rules of a certificate
	 */
	public static class Line {

		@NotNull(message = "{training.result.enrolment.required}")
		private Long enrolmentId;

		/** {@code null} while the trainee has no result. */
		private ResultOutcome outcome;

		@Size(max = 40, message = "{training.result.certificate.pattern}")
		private String certificateNumber;

		private LocalDate certifiedOn;

		public Line() {
		}

		Line(Long enrolmentId, ResultOutcome outcome, String certificateNumber, LocalDate certifiedOn) {
			this.enrolmentId = enrolmentId;
			this.outcome = outcome;
			this.certificateNumber = certificateNumber;
			this.certifiedOn = certifiedOn;
		}

		public Long getEnrolmentId() {
			return enrolmentId;
		}

		public void setEnrolmentId(Long enrolmentId) {
			this.enrolmentId = enrolmentId;
		}

		public ResultOutcome getOutcome() {
			return outcome;
		}

		public void setOutcome(ResultOutcome outcome) {
			this.outcome = outcome;
		}

		public String getCertificateNumber() {
			return certificateNumber;
		}

		public void setCertificateNumber(String certificateNumber) {
			this.certificateNumber = certificateNumber;
		}

		public LocalDate getCertifiedOn() {
			return certifiedOn;
		}

		public void setCertifiedOn(LocalDate certifiedOn) {
			this.certifiedOn = certifiedOn;
		}

	}

	/** The form filled with the roster's results as recorded. */
	static ResultForm of(List<ClassDetails.RosterRow> roster) {
		ResultForm form = new ResultForm();
		roster.forEach(r -> form.lines.add(new Line(r.enrolmentId(), r.examResult(), r.certificateNumber(), r.certifiedOn())));
		return form;
	}

}

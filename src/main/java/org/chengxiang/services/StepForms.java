package org.chengxiang.services;

import java.util.Arrays;
import java.util.List;

/**
 * What the forms of the workflow steps on an application's page send. Each step binds its own, so that a refused
 * step comes back with what was typed and each problem beside its field (or above the forms when it concerns the
 * step as a whole).
 */
final class StepForms {

	/** The model attributes of every step form on the application's page. */
	static final List<String> NAMES = List.of("stepForm", "refusalForm", "correctionForm", "approvalForm",
			"rejectionForm", "ratingForm", "handOverForm");

	private StepForms() {
	}

	/** A step without fields: submission, resubmission, withdrawal, acceptance, review. */
	public static class Step {

	}

	/** 不予受理. */
	public static class Refusal {

		private String reason;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** 一次性告知补正: what is missing, a line each. */
	public static class Correction {

		private String missing;

		private String note;

		public String getMissing() {
			return missing;
		}

		public void setMissing(String missing) {
			this.missing = missing;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		List<String> missingItems() {
			return missing == null ? List.of() : Arrays.asList(missing.split("\\R"));
		}

	}

	/** 准予办结, with an optional opinion. */
	public static class Approval {

		private String opinion;

		public String getOpinion() {
			return opinion;
		}

		public void setOpinion(String opinion) {
			this.opinion = opinion;
		}

	}

	/** 不予许可: the reason and its legal basis. */
	public static class Rejection {

		private String reason;

		private String basis;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getBasis() {
			return basis;
		}

		public void setBasis(String basis) {
			this.basis = basis;
		}

	}

	/** 好差评. */
	public static class Rating {

		private Integer rating;

		private String comment;

		public Integer getRating() {
			return rating;
		}

		public void setRating(Integer rating) {
			this.rating = rating;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

	/** 转交: the colleague's login. */
	public static class HandOver {

		private String colleague;

		public String getColleague() {
			return colleague;
		}

		public void setColleague(String colleague) {
			this.colleague = colleague;
		}

	}

}

package org.chengxiang.services;

/**
 * The documents an office issues on an application, each numbered in its own series per department and year.
 */
enum DocumentKind {

	/** 受理回执: the application is accepted, the promised time limit runs. */
	RECEIPT,
	/** 不予受理通知书. */
	NOT_ACCEPTED,
	/** 准予许可决定书. */
	APPROVED,
	/** 不予许可决定书. */
	REJECTED;

	/**
	 * The message key of the word of the number's series, e.g. 受字 in 公安局受字〔2026〕第000123号
	 * ({@code services.document.series.RECEIPT}).
	 */
	String seriesKey() {
		return "services.document.series." + name();
	}

	/** The written decision on an application in this status, if it has one. */
	static java.util.Optional<DocumentKind> decisionFor(ApplicationStatus status) {
		return switch (status) {
			case NOT_ACCEPTED -> java.util.Optional.of(NOT_ACCEPTED);
			case APPROVED -> java.util.Optional.of(APPROVED);
			case REJECTED -> java.util.Optional.of(REJECTED);
			default -> java.util.Optional.empty();
		};
	}

	boolean favourable() {
		return this == APPROVED;
	}

}

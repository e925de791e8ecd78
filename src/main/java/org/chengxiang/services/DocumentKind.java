package org.chengxiang.services;

/**
 * The documents an office issues on an application, each numbered in its own series per department and year.
 */
enum DocumentKind {

	/** 受理回执: the application is accepted, the promised time limit runs. */
	RECEIPT("受字"),
	/** 不予受理通知书. */
	NOT_ACCEPTED("不受字"),
	/** 准予许可决定书. */
	APPROVED("准许字"),
	/** 不予许可决定书. */
	REJECTED("不许字");

	private final String series;

	DocumentKind(String series) {
		this.series = series;
	}

	/** The word of the number's series, e.g. 受字 in 公安局受字〔2026〕第000123号. */
	String series() {
		return series;
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

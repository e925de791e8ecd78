package org.chengxiang.services;

import java.util.List;
import java.util.Locale;

/**
 * What the module owning a service item adds to the written decision (决定书) on an application of its item: the
 * rule it was decided under, and what the decision brought about (settlement: the household written into the
 * registry). A Spring bean implementing this is found by item code; items without one print the catalogue's legal
 * basis alone.
 */
public interface DecisionContribution {

	/** The catalogue code of the item this module owns, e.g. {@code SETTLEMENT}. */
	String itemCode();

	/**
	 * The particulars of one decided application, worded in the reader's language.
	 * @param decided the application and its outcome
	 * @param locale the reader's language
	 */
	Particulars particulars(Decided decided, Locale locale);

	/**
	 * A decided application as the owning module sees it.
	 *
	 * @param applicationId the application
	 * @param number its readable number
	 * @param approved whether it was approved
	 * @param formJson the form as submitted (JSON object)
	 */
	record Decided(long applicationId, String number, boolean approved, String formJson) {
	}

	/**
	 * What the decision adds.
	 *
	 * @param basis the rules the application was decided under, one sentence each
	 * @param results what the decision brought about, e.g. the household number
	 */
	record Particulars(List<String> basis, List<Line> results) {

		public static final Particulars NONE = new Particulars(List.of(), List.of());

		public Particulars {
			basis = List.copyOf(basis);
			results = List.copyOf(results);
		}

	}

	/** A labelled line of the decision, e.g. 户号：210882003-000042. */
	record Line(String label, String value) {
	}

}

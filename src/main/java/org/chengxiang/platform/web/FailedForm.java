package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.RuleBroken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form the rules refused, shown again as it was sent, each problem beside its field, instead of a message after
 * a redirect that forgets what was typed. A page with several small forms (one per row, one for a new entry)
 * names the one that failed; the others show their stored values. Pages put it in the model as {@value #ATTRIBUTE}
 * ({@link #NONE} when nothing failed), and templates ask it for a field's value and problem.
 *
 * @param form the failed form's name on its page
 * @param values what was sent
 * @param errors problems by field
 * @param general problems that belong to no field of the form
 */
public record FailedForm(String form, Map<String, String> values, Map<String, String> errors, List<String> general) {

	public static final String ATTRIBUTE = "failed";

	public static final FailedForm NONE = new FailedForm("", Map.of(), Map.of(), List.of());

	/**
	 * The problems of a refused step on a form with the given fields; {@code aliases} maps a command's field to the
	 * form field it came from (a problem of neither goes to {@link #general}). A problem of a list's element
	 * ({@code requiredEvidence[2].<list element>}) belongs to the list's field, once however many elements share it.
	 */
	public static FailedForm of(String form, Map<String, String> values, RuleBroken ex, Set<String> fields,
			Map<String, String> aliases) {
		Map<String, String> errors = new HashMap<>();
		List<String> general = new ArrayList<>();
		for (RuleBroken.Problem problem : ex.problems()) {
			String field = aliases.getOrDefault(problem.field(), problem.field());
			String message = ReaderTexts.of(problem.text());
			if (!fields.contains(field)) {
				field = field.split("[\\[.]", 2)[0];
			}
			if (fields.contains(field)) {
				errors.merge(field, message, (a, b) -> a.contains(b) ? a : a + "；" + b);
			}
			else {
				general.add(message);
			}
		}
		return new FailedForm(form, Map.copyOf(values), Map.copyOf(errors), List.copyOf(general));
	}

	public static FailedForm of(String form, Map<String, String> values, RuleBroken ex, Set<String> fields) {
		return of(form, values, ex, fields, Map.of());
	}

	/** A step refused as a whole (someone else changed the entry meanwhile). */
	public static FailedForm of(String form, Map<String, String> values, String message) {
		return new FailedForm(form, Map.copyOf(values), Map.of(), List.of(Wording.inReaderLanguage(message)));
	}

	public boolean is(String name) {
		return form.equals(name);
	}

	/** What the form shows in a field: what was sent if this form failed, otherwise {@code otherwise}. */
	public String value(String name, String field, Object otherwise) {
		if (is(name)) {
			return values.getOrDefault(field, "");
		}
		return otherwise == null ? "" : String.valueOf(otherwise);
	}

	/** The field's problem, if this form failed on it. */
	public String error(String name, String field) {
		return is(name) ? errors.get(field) : null;
	}

}

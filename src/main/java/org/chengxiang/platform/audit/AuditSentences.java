package org.chengxiang.platform.audit;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Words the audit trail as sentences people read ("公安局 张警官 准予办结 办件 210882-…"): the actor by name and
 * unit, the action by its message {@code audit.action.<code>}, the subject by {@code audit.subject.<type>}. The
 * codes, states and hashes stay for whoever opens the technical detail.
 */
@Component
class AuditSentences {

	/** Subjects whose id is itself a code with words of its own, by the message key prefix of those words. */
	private static final Map<String, String> SUBJECT_ID_WORDS = Map.of("SettlementPolicy", "settlement.category.");

	private final MessageSource messages;

	private final ObjectProvider<AuditActorNames> names;

	AuditSentences(MessageSource messages, ObjectProvider<AuditActorNames> names) {
		this.messages = messages;
		this.names = names;
	}

	/** The entries with their sentences, in the reader's language. */
	List<AuditRow> rows(List<AuditEntry> entries, Locale locale) {
		Map<String, String> people = people(entries.stream().map(AuditEntry::actor).distinct().toList());
		return entries.stream().map(entry -> {
			String actor = actor(entry, people, locale);
			String subject = subject(entry, locale);
			String sentence = messages.getMessage("audit.action." + entry.action(), new Object[] { actor, subject },
					null, locale);
			if (sentence == null) {
				sentence = messages.getMessage("audit.action.unknown", new Object[] { actor, subject, entry.action() },
						locale);
			}
			return new AuditRow(entry, actor, sentence);
		}).toList();
	}

	private Map<String, String> people(Collection<String> actors) {
		AuditActorNames directory = names.getIfAvailable();
		return directory == null ? Map.of() : directory.describe(actors);
	}

	private String actor(AuditEntry entry, Map<String, String> people, Locale locale) {
		if ("system".equals(entry.actor()) || "anonymous".equals(entry.actor())) {
			return messages.getMessage("audit.actor." + entry.actor(), null, locale);
		}
		String name = people.get(entry.actor());
		if (name != null) {
			return name;
		}
		// someone the directory no longer knows: what was recorded
		return entry.actorDepartment() == null ? entry.actor() : entry.actorDepartment() + " " + entry.actor();
	}

	private String subject(AuditEntry entry, Locale locale) {
		String id = entry.subjectId();
		String words = SUBJECT_ID_WORDS.get(entry.subjectType());
		if (words != null) {
			id = messages.getMessage(words + id, null, id, locale);
		}
		try {
			return messages.getMessage("audit.subject." + entry.subjectType(), new Object[] { id }, locale);
		}
		catch (NoSuchMessageException ex) {
			return messages.getMessage("audit.subject.other", new Object[] { id }, locale);
		}
	}

	/**
	 * An entry as the page shows it.
	 *
	 * @param entry what was recorded
	 * @param actor who acted, by name and unit
	 * @param sentence what happened, in words
	 */
	record AuditRow(AuditEntry entry, String actor, String sentence) {
	}

}

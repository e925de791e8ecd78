package org.chengxiang.training;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a roster sheet may use for a kind of hukou, in either language, as the messages files list them
 * ({@code training.roster.hukou.words.RURAL}): a sheet filled in Chinese and one filled in English both read.
 */
@Component
class RosterHukouWords {

	private final Map<String, TraineeHukou> words = new HashMap<>();

	RosterHukouWords(MessageSource messages) {
		for (TraineeHukou kind : TraineeHukou.values()) {
			words.put(kind.name().toLowerCase(Locale.ROOT), kind);
			for (Locale locale : new Locale[] { Locale.CHINESE, Locale.ENGLISH }) {
				String listed = messages.getMessage("training.roster.hukou.words." + kind, null, "", locale);
				for (String word : listed.split(",")) {
					if (!word.isBlank()) {
						words.put(word.strip().toLowerCase(Locale.ROOT), kind);
					}
				}
			}
		}
	}

	Optional<TraineeHukou> of(String cell) {
		return Optional.ofNullable(cell == null ? null : words.get(cell.strip().toLowerCase(Locale.ROOT)));
	}

}

package org.chengxiang.plan;

import java.util.Optional;

/**
 * Escalation levels of a supervision notice: 提醒 → 催办 → 督办 → 通报.
 */
enum NoticeLevel {

	REMIND, URGE, SUPERVISE, BULLETIN;

	Optional<NoticeLevel> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

}

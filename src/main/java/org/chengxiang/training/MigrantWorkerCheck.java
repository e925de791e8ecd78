package org.chengxiang.training;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.residence.ResidencePermits;

import org.springframework.stereotype.Component;

/**
 * Migrant workers by the declared hukou and the residence module's permits: everyone declaring rural hukou, and of
 * the others those the residence module says held a valid permit on the day (asked once for all of them).
 */
@Component
class MigrantWorkerCheck implements MigrantWorkers {

	private final ResidencePermits permits;

	MigrantWorkerCheck(ResidencePermits permits) {
		this.permits = permits;
	}

	@Override
	public Set<PersonKey> among(Map<PersonKey, TraineeHukou> declared, LocalDate day) {
		Set<PersonKey> migrants = new HashSet<>();
		declared.forEach((person, hukou) -> {
			if (hukou == TraineeHukou.RURAL) {
				migrants.add(person);
			}
		});
		List<PersonKey> others = declared.keySet().stream().filter(p -> !migrants.contains(p)).toList();
		if (!others.isEmpty()) {
			migrants.addAll(permits.validOn(others, day));
		}
		return migrants;
	}

}

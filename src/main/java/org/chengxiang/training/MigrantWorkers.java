package org.chengxiang.training;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.chengxiang.platform.crypto.PersonKey;

/**
 * Who of a roster is a migrant worker (农民工): a trainee with rural hukou, or with a valid residence permit on the
 * class's first day. The one place the question is asked.
 */
interface MigrantWorkers {

	/**
	 * Those of the people who are migrant workers on the day.
	 *
	 * @param declared each person's hukou as declared on the roster
	 */
	Set<PersonKey> among(Map<PersonKey, TraineeHukou> declared, LocalDate day);

}

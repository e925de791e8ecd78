package org.chengxiang.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.residence.ResidencePermits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A migrant worker holds rural hukou or a valid residence permit on the class's first day. */
class MigrantWorkerCheckTests {

	static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

	static PersonKey key(int n) {
		byte[] bytes = new byte[32];
		bytes[0] = (byte) n;
		return PersonKey.of(bytes);
	}

	@Test
	void ruralHukouOrAPermitOnTheFirstDayMakesAMigrantWorkerAskingTheResidenceModuleOnceForTheOthers() {
		ResidencePermits permits = mock(ResidencePermits.class);
		when(permits.validOn(any(java.util.Collection.class), eq(FIRST_DAY))).thenReturn(Set.of(key(2)));
		Map<PersonKey, TraineeHukou> declared = new LinkedHashMap<>();
		declared.put(key(1), TraineeHukou.RURAL);
		declared.put(key(2), TraineeHukou.URBAN);
		declared.put(key(3), TraineeHukou.URBAN);

		assertThat(new MigrantWorkerCheck(permits).among(declared, FIRST_DAY)).containsExactlyInAnyOrder(key(1), key(2));
		verify(permits).validOn(List.of(key(2), key(3)), FIRST_DAY);
	}

	@Test
	void aRosterOfRuralTraineesNeedsNoPermitCheck() {
		ResidencePermits permits = mock(ResidencePermits.class);
		assertThat(new MigrantWorkerCheck(permits).among(Map.of(key(1), TraineeHukou.RURAL), FIRST_DAY))
			.containsExactly(key(1));
		verify(permits, never()).validOn(any(java.util.Collection.class), any());
	}

}

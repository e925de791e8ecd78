package org.chengxiang.bench;

import java.util.HashSet;
import java.util.Set;

import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.junit.jupiter.api.Test;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTests {

	@Test
	void generatedNumbersPassTheValidatorAndDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int n = 0; n < 50_000; n += 7) {
			String id = IdNumbers.of(n);
			assertThat(ResidentIdNumbers.problem(id)).as(id).isEmpty();
			assertThat(seen.add(id)).as(id).isTrue();
		}
		assertThat(ResidentIdNumbers.problem(IdNumbers.of(19_999_999))).isEmpty();
	}

	@Test
	void checkCharacterOfAPublishedExample() {
		// the demo resident's number, checked by the platform's own tests
		assertThat(GeneratedIdNumbers.checkCharacter("21088219900307151")).isEqualTo('6');
	}

}

package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.Text;

import java.util.Random;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalTextTests {

	@AfterEach
	void forgetTheReader() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest
	@ValueSource(strings = { "张三", "欧阳娜娜", "阿依古丽·买买提", "爱新觉罗·启星", "Anna Müller", "Jean-Luc Picard", "O'Brien Sean",
			"玛丽·Smith", "𠮷野家" })
	void acceptsRealNames(String name) {
		assertThat(PersonalText.realNameProblem(name)).as(name).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "张三🙂", "张三1", "张\u200b三", "张\n三", "张三\u0007", "·张三", "张三·", "张··三", "张 · · 三",
			"Anna  -", "Robert'", "张三!", "张三@", "👍", "张三\uFE0F", "🇨🇳张三", "张三™" })
	void refusesWhatNoNameHolds(String name) {
		assertThat(PersonalText.realNameProblem(name)).as(name).isPresent();
	}

	@Test
	void readsTheDotsTypedForTheMiddleDot() {
		assertThat(PersonalText.realName("阿依古丽・买买提")).isEqualTo("阿依古丽·买买提");
		assertThat(PersonalText.realName("阿依古丽･买买提")).isEqualTo("阿依古丽·买买提");
		assertThat(PersonalText.realName("阿依古丽 • 买买提")).isEqualTo("阿依古丽·买买提");
		assertThat(PersonalText.realName("  Anna   Müller\u3000")).isEqualTo("Anna Müller");
		assertThat(PersonalText.realNameProblem("阿依古丽・买买提")).isEmpty();
	}

	@Test
	void sameNameWhetherComposedOrNot() {
		assertThat(PersonalText.realName("Mu\u0308ller")).isEqualTo("Müller");
		assertThat(PersonalText.realNameProblem("Mu\u0308ller")).isEmpty();
	}

	@Test
	void refusesOverlongNames() {
		assertThat(PersonalText.realNameProblem("张".repeat(PersonalText.MAX_NAME))).isEmpty();
		assertThat(PersonalText.realNameProblem("张".repeat(PersonalText.MAX_NAME + 1))).isPresent();
	}

	@Test
	void sayWhatIsWrongByMessageKey() {
		assertThat(PersonalText.realNameRefusal("张三🙂")).hasValue(Text.of("validation.realName"));
		assertThat(PersonalText.realNameRefusal("张三·")).hasValue(Text.of("platform.name.separator"));
		assertThat(PersonalText.realNameRefusal("张".repeat(PersonalText.MAX_NAME + 1)))
			.hasValue(Text.of("platform.name.tooLong", PersonalText.MAX_NAME));
		assertThat(PersonalText.addressRefusal("铁西社区🏠")).hasValue(Text.of("platform.address.pictographs"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "辽宁省营口市大石桥市铁西社区 1 号楼 2 单元 301", "钢都街道（原钢都村）12-3#", "No. 5, Renmin Road",
			"金桥街道 A 座 · 3 层", "永安镇周家屯村 3 组，东数第二户" })
	void acceptsAddresses(String address) {
		assertThat(PersonalText.addressProblem(address)).as(address).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "铁西社区🏠 1 号", "1 号楼\u0000", "1 号楼\t2 单元", "1 号楼\n2 单元", "铁西\u200d社区", "铁西\u202e社区",
			"☎ 铁西社区", "铁西社区 1#️⃣", "\uE000铁西" })
	void refusesEmojiAndControlCharactersInAddresses(String address) {
		assertThat(PersonalText.addressProblem(address)).as(address).isPresent();
	}

	/** Any name of Chinese characters with dots between parts passes; any emoji anywhere in it fails. */
	@Test
	void propertiesOfGeneratedNames() {
		Random random = new Random(20261207);
		int[] emoji = { 0x1F600, 0x1F642, 0x1F44D, 0x2764, 0x1F3E0, 0x263A, 0x1F1E8 };
		for (int run = 0; run < 2000; run++) {
			StringBuilder name = new StringBuilder();
			int parts = 1 + random.nextInt(3);
			for (int part = 0; part < parts; part++) {
				if (part > 0) {
					name.append(random.nextBoolean() ? '·' : '・');
				}
				int length = 1 + random.nextInt(4);
				for (int i = 0; i < length; i++) {
					name.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
				}
			}
			String good = name.toString();
			assertThat(PersonalText.realNameProblem(good)).as(good).isEmpty();
			assertThat(PersonalText.realName(good)).doesNotContain("・");
			int at = good.offsetByCodePoints(0, random.nextInt(good.codePointCount(0, good.length()) + 1));
			String bad = new StringBuilder(good).insert(at, Character.toChars(emoji[random.nextInt(emoji.length)]))
				.toString();
			assertThat(PersonalText.realNameProblem(bad)).as(bad).isPresent();
			assertThat(PersonalText.addressProblem("铁西社区" + bad)).as(bad).isPresent();
			assertThat(PersonalText.addressProblem("铁西社区" + good + " 1 号")).as(good).isEmpty();
		}
	}

	record Person(@RealName String name, @Address String address) {
	}

	@Test
	void constraintsReportTheSameProblem() {
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		assertThat(validator.validate(new Person("阿依古丽·买买提", "铁西社区 1 号"))).isEmpty();
		assertThat(validator.validate(new Person(null, null))).isEmpty();
		Set<String> messages = validator.validate(new Person("张三🙂", "铁西🏠"))
			.stream()
			.map(v -> v.getMessage())
			.collect(java.util.stream.Collectors.toSet());
		assertThat(messages).containsExactlyInAnyOrder(PersonalText.realNameProblem("张三🙂").orElseThrow(),
				PersonalText.addressProblem("铁西🏠").orElseThrow());
	}

}

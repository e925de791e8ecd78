package org.chengxiang.plan;

import org.chengxiang.platform.domain.Text;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlanHeaderTests {

	private static final String TASKS = """
			一、重点任务
			（一）全面取消落户限制。落实政策。（市公安局负责）
			""";

	private static ParsedPlan parse(String header) {
		return new PlanDocumentParser().parse(header + "\n" + TASKS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020年11月24日", "二〇二〇年十一月二十四日", "二○二○年十一月二十四日", "2020-11-24", "2020年 11月 24日",
			"（2020年11月24日）" })
	void readsTheDateInEveryWriting(String date) {
		ParsedPlan plan = parse("大石桥市人民政府办公室\n" + date + "\n大石桥市城镇化建设实施方案");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2020, 11, 24));
		assertThat(plan.issuer()).isEqualTo("大石桥市人民政府办公室");
	}

	@Test
	void readsChineseNumbers() {
		assertThat(PlanDates.chineseNumber("十")).isEqualTo(10);
		assertThat(PlanDates.chineseNumber("十一")).isEqualTo(11);
		assertThat(PlanDates.chineseNumber("二十")).isEqualTo(20);
		assertThat(PlanDates.chineseNumber("三十一")).isEqualTo(31);
		assertThat(PlanDates.chineseNumber("九")).isEqualTo(9);
	}

	@Test
	void readsTheIssuerAfterTheTitle() {
		ParsedPlan plan = parse("大石桥市城镇化建设实施方案\n大石桥市人民政府\n（2020年11月24日）");
		assertThat(plan.title()).isEqualTo("大石桥市城镇化建设实施方案");
		assertThat(plan.issuer()).isEqualTo("大石桥市人民政府");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2020, 11, 24));
	}

	@Test
	void readsTheIssuerAndDateOfASignatureAtTheEnd() {
		ParsedPlan plan = new PlanDocumentParser().parse("""
				大石桥市城镇化建设实施方案
				一、重点任务
				（一）全面取消落户限制。落实政策。（市公安局负责）
				（二）推进居住证制度。提高发证量。（市公安局负责）
				大石桥市人民政府办公厅
				2020年11月24日
				""");
		assertThat(plan.issuer()).isEqualTo("大石桥市人民政府办公厅");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2020, 11, 24));
		assertThat(plan.tasks().get(1).content()).doesNotContain("办公厅", "2020");
	}

	@Test
	void readsIssuerAndDateOnOneLine() {
		ParsedPlan plan = parse("大石桥市城镇化建设实施方案\n大石桥市人民政府办公室 2020年11月24日");
		assertThat(plan.issuer()).isEqualTo("大石桥市人民政府办公室");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2020, 11, 24));
	}

	@Test
	void readsThePlansTitleFromTheCoverLettersWhenAlone() {
		ParsedPlan plan = parse("大石桥市人民政府办公室关于印发《大石桥市城镇化建设实施方案》的通知");
		assertThat(plan.title()).isEqualTo("大石桥市城镇化建设实施方案");
	}

	@Test
	void joinsATitleWrappedOverTwoLines() {
		ParsedPlan plan = parse("大石桥市贯彻落实2020年新型城镇化建设和城乡融合发展\n重点任务实施方案\n2020年11月24日");
		assertThat(plan.title()).isEqualTo("大石桥市贯彻落实2020年新型城镇化建设和城乡融合发展重点任务实施方案");
	}

	@Test
	void fallsBackOnTheMetadataOfAWebPage() {
		ParsedPlan plan = parse("""
				索引号：11210882/2020-00045  发文机关：大石桥市人民政府办公室
				成文日期：2020年11月24日  发布日期：2020年11月26日
				""");
		assertThat(plan.issuer()).isEqualTo("大石桥市人民政府办公室");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2020, 11, 24));
		assertThat(plan.warnings()).containsExactly(Text.of("plan.warning.noTitle"));
	}

	@Test
	void warnsWhenTheHeaderIsMissing() {
		ParsedPlan plan = parse("");
		assertThat(plan.title()).isNull();
		assertThat(plan.issuer()).isNull();
		assertThat(plan.issuedOn()).isNull();
		assertThat(plan.warnings()).containsExactly(Text.of("plan.warning.noTitle"),
				Text.of("plan.warning.noDate"));
	}

	@Test
	void dropsTheSiteNameFromAPageTitle() {
		ParsedPlan plan = parse("大石桥市城镇化建设实施方案_大石桥市人民政府");
		assertThat(plan.title()).isEqualTo("大石桥市城镇化建设实施方案");
	}

}

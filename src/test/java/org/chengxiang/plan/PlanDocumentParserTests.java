package org.chengxiang.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.plan.PlanTexts.co;
import static org.chengxiang.plan.PlanTexts.lead;
import static org.chengxiang.plan.PlanTexts.townships;

/** The reference plan: Dashiqiao 2020, 20 tasks in 4 chapters, each closed by ﹝…负责﹞. */
class PlanDocumentParserTests {

	private static final ParsedUnit RELEVANT_TOWNS = townships("相关镇街", UnitRole.CO);

	private final ParsedPlan plan = new PlanDocumentParser().parse(PlanTexts.read("dashiqiao-2020.txt"));

	@Test
	void readsTheHeaderAfterTheCoverLetter() {
		assertThat(this.plan.title()).isEqualTo("大石桥市贯彻落实2020年新型城镇化建设和城乡融合发展重点任务实施方案");
		assertThat(this.plan.issuer()).isEqualTo("大石桥市人民政府办公室");
		assertThat(this.plan.issuedOn()).isEqualTo(LocalDate.of(2020, 11, 24));
		assertThat(this.plan.warnings()).isEmpty();
	}

	@Test
	void findsTwentyTasksInTheFourChaptersThatHoldTasks() {
		assertThat(this.plan.taskCount()).isEqualTo(20);
		assertThat(this.plan.chapters()).extracting(ParsedChapter::number).containsExactly("二", "三", "四", "五");
		assertThat(this.plan.chapters()).extracting(ParsedChapter::title)
			.containsExactly("提高农业转移人口市民化质量", "优化城镇化空间格局", "提升城市综合承载能力", "加快推进城乡融合发展");
		assertThat(this.plan.chapters()).extracting((chapter) -> chapter.tasks().size()).containsExactly(5, 5, 7, 3);
		assertThat(this.plan.tasks()).extracting(ParsedTask::seq)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
		assertThat(this.plan.tasks()).extracting(ParsedTask::number)
			.containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
					"十七", "十八", "十九", "二十");
	}

	@Test
	void readsTitleAndContentWithoutTheNote() {
		ParsedTask first = this.plan.tasks().get(0);
		assertThat(first.title()).isEqualTo("全面取消落户限制");
		assertThat(first.content()).startsWith("全面取消落户限制。坚决贯彻《中共中央办公厅 国务院办公厅")
			.endsWith("进一步促进劳动力和人才社会性流动。")
			.doesNotContain("负责");
		assertThat(this.plan.tasks().get(4).title()).isEqualTo("加大“人地钱挂钩”配套政策的激励力度");
		assertThat(this.plan.tasks().get(19).title()).isEqualTo("促进城乡公共设施联动发展");
	}

	/** The brackets of the reference plan, written out by hand. */
	private static final List<List<ParsedUnit>> UNITS = List.of(
		List.of(lead("市公安局"), co("发改局"), co("人社局"), RELEVANT_TOWNS),
		List.of(lead("市公安局"), co("发改局"), RELEVANT_TOWNS),
		List.of(lead("市发改局"), co("财政局"), co("公安局"), co("人社局"), co("卫健局"), co("教育局"), co("住建局"),
				co("市场监管局"), co("医保局"), RELEVANT_TOWNS),
		List.of(lead("市人社局"), co("教育局"), co("财政局")),
		List.of(lead("市财政局"), co("自然资源局"), co("农业农村局"), co("发改局"), co("统计局"), RELEVANT_TOWNS),
		List.of(lead("市发改局"), co("自然资源局"), co("住建局"), co("工信局"), co("交通运输局"), co("生态环境分局"),
				RELEVANT_TOWNS),
		List.of(lead("市发改局"), co("自然资源局"), co("住建局"), co("工信局"), co("民政局"), RELEVANT_TOWNS),
		List.of(lead("市发改局"), co("财政局"), co("住建局"), RELEVANT_TOWNS),
		List.of(lead("市发改局"), co("自然资源局"), co("财政局"), co("住建局"), co("文旅广电局"), RELEVANT_TOWNS),
		List.of(lead("市民政局"), co("发改局"), RELEVANT_TOWNS),
		List.of(lead("市卫健局"), co("发改局"), co("应急管理局"), co("工信局"), co("住建局"), co("农业农村局"),
				RELEVANT_TOWNS),
		List.of(lead("市住建局"), co("发改局"), co("教育局"), co("民政局"), co("卫健局"), co("商务局"), co("文旅广电局"),
				RELEVANT_TOWNS),
		List.of(lead("市发改局"), co("卫健局"), co("公安局"), co("住建局"), co("应急管理局"), co("交通运输局"),
				RELEVANT_TOWNS),
		List.of(lead("市住建局"), co("发改局"), co("民政局"), co("自然资源局"), co("商务局"), co("文旅广电局"), co("工信局"),
				co("农业农村局"), RELEVANT_TOWNS),
		List.of(lead("市发改局"), co("自然资源局"), RELEVANT_TOWNS),
		List.of(lead("人民银行大石桥市支行"), co("市财政局(金融发展局)"), co("发改局"), RELEVANT_TOWNS),
		List.of(lead("市民政局"), co("住建局"), co("发改局"), co("自然资源局"), RELEVANT_TOWNS),
		List.of(lead("市自然资源局"), co("农业农村局"), RELEVANT_TOWNS),
		List.of(lead("市工商联"), co("财政局(金融发展局)"), co("发改局"), co("人民银行大石桥市支行"), co("公安局"),
				co("农业农村局"), RELEVANT_TOWNS),
		List.of(lead("市发改局"), co("住建局"), co("教育局"), co("卫健局"), co("文旅广电局"), RELEVANT_TOWNS));

	@Test
	void readsTheUnitsOfEveryTask() {
		assertThat(this.plan.tasks()).extracting(ParsedTask::departments).containsExactlyElementsOf(UNITS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "$1（责任单位：$2、$3）", "$1\n责任单位：$2、$3", "$1【牵头单位：$2；配合单位：$3】", "$1\n牵头单位：$2\n配合单位：$3",
			"$1$2牵头，$3配合。", "$1（$2牵头，$3配合）", "$1〔$2、$3〕", "$1 [$2、$3]", "$1(牵头单位:$2,配合单位:$3)" })
	void readsTheReferencePlanWhateverTheStyleOfItsNotes(String style) {
		String text = PlanTexts.read("dashiqiao-2020.txt")
			.replaceAll("(?m)^(.+。)﹝([^、]+(?:\\([^)]*\\))?)、(.+)负责﹞$", style);
		assertThat(text).doesNotContain("﹝");
		ParsedPlan restyled = new PlanDocumentParser().parse(text);
		assertThat(restyled.warnings()).isEmpty();
		assertThat(restyled.tasks()).extracting(ParsedTask::title)
			.containsExactlyElementsOf(this.plan.tasks().stream().map(ParsedTask::title).toList());
		assertThat(restyled.tasks()).extracting(ParsedTask::content)
			.containsExactlyElementsOf(this.plan.tasks().stream().map(ParsedTask::content).toList());
		assertThat(restyled.tasks()).extracting(ParsedTask::departments).containsExactlyElementsOf(UNITS);
	}

	@Test
	void keepsTheChapterIntroductionOutOfTasks() {
		assertThat(this.plan.tasks()).noneMatch((task) -> task.content().contains("以深化改革户籍制度"));
		assertThat(this.plan.tasks().get(4).content()).doesNotContain("三、");
	}

}

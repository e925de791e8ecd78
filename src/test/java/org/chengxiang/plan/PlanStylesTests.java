package org.chengxiang.plan;

import org.chengxiang.platform.domain.Text;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chengxiang.plan.PlanTexts.co;
import static org.chengxiang.plan.PlanTexts.lead;
import static org.chengxiang.plan.PlanTexts.townships;

/** Plans written in other styles than the reference plan. */
class PlanStylesTests {

	private final PlanDocumentParser parser = new PlanDocumentParser();

	@Test
	void readsLenticularNotesUnderThreeLevelsOfNumbering() {
		ParsedPlan plan = this.parser.parse(PlanTexts.read("fengcheng-2021-lenticular.txt"));
		assertThat(plan.title()).isEqualTo("凤城市2021年推进以县城为重要载体的城镇化建设工作方案");
		assertThat(plan.issuer()).isEqualTo("凤城市人民政府办公室");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2021, 4, 16));
		assertThat(plan.warnings()).isEmpty();
		assertThat(plan.chapters()).extracting(ParsedChapter::number).containsExactly("一", "二", "三");
		assertThat(plan.chapters()).extracting(ParsedChapter::title)
			.containsExactly("加快农业转移人口市民化", "提升县城综合承载能力", "推进城乡融合发展");
		assertThat(plan.tasks()).extracting(ParsedTask::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "1", "2", "3", "1", "2");
		assertThat(plan.tasks()).extracting(ParsedTask::title)
			.containsExactly("深化户籍制度改革", "推进基本公共服务均等化", "加强农民工职业技能培训", "完善市政公用设施", "推进老旧小区改造",
					"提升公共卫生防控救治能力", "深化农村集体产权制度改革", "推动城乡基础设施一体化");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(
					List.of(lead("市公安局"), co("市发改局"), co("市人社局"), townships("各乡镇（街道）", UnitRole.CO)),
					List.of(lead("市教育局"), co("市公安局"), co("市财政局")),
					List.of(lead("市人社局"), co("市财政局"), co("市农业农村局")),
					List.of(lead("市住房和城乡建设局"), co("市发改局"), co("市财政局")),
					List.of(lead("市住房和城乡建设局"), co("市财政局"), townships("各街道办事处", UnitRole.CO)),
					List.of(lead("市卫生健康局"), co("市发改局"), co("市财政局")),
					List.of(lead("市农业农村局"), co("市自然资源局"), townships("各乡镇人民政府", UnitRole.CO)),
					List.of(lead("市交通运输局"), lead("市住房和城乡建设局"), co("市发改局")));
		assertThat(plan.tasks().get(3).content()).contains("(不含已列入2020年计划的12公里)").doesNotContain("牵头");
		assertThat(plan.tasks().get(4).content()).endsWith("（涉及居民4200户）。");
		assertThat(plan.tasks().get(5).content()).isEqualTo("""
				提升公共卫生防控救治能力。补齐县城公共卫生短板，提高重大疫情应对能力。
				（1）完善疾病预防控制体系，推进市疾病预防控制中心实验室标准化建设。
				（2）推进市中心医院传染病区建设，提高平急结合的救治能力。""");
	}

	@Test
	void readsResponsibilityLinesOfAWebPage() {
		ParsedPlan plan = this.parser.parse(PlanTexts.read("haicheng-2022-website.txt"));
		assertThat(plan.title()).isEqualTo("海城市2022年城乡融合发展重点任务分工方案");
		assertThat(plan.issuer()).isEqualTo("海城市人民政府办公室");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2022, 5, 6));
		assertThat(plan.warnings()).isEmpty();
		assertThat(plan.chapters()).extracting(ParsedChapter::number).containsExactly("一", "二", "三");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(
					List.of(lead("市公安局"), co("市发改局"), townships("各镇（街道）", UnitRole.CO)),
					List.of(lead("市自然资源局"), co("市农业农村局"), townships("各镇人民政府", UnitRole.CO)),
					List.of(lead("市财政局（金融发展局）"), co("人民银行海城市支行"), co("市发改局")),
					List.of(lead("市教育局"), co("市财政局")),
					List.of(lead("市卫生健康局"), co("市医保局"), townships("各镇（街道）", UnitRole.CO)),
					List.of(lead("市人社局"), co("市医保局"), co("市税务局")),
					List.of(lead("市交通运输局"), co("市财政局"), townships("各镇（街道）", UnitRole.CO)),
					List.of(lead("市水利局"), co("市住房和城乡建设局")));
		assertThat(plan.tasks().get(2).content()).contains("（以下简称“融合基金”）");
		assertThat(plan.tasks().get(4).content()).contains("（2）实现家庭医生签约服务重点人群全覆盖。");
		assertThat(plan.tasks().get(7).content()).isEqualTo("推动城乡供水一体化。实施农村供水保障工程，农村自来水普及率达到90%以上。");
		assertThat(plan.tasks()).allSatisfy((task) -> assertThat(task.content()).doesNotContain("版权", "打印", "责任单位"));
	}

	@Test
	void readsProseNotesOfAPlanWithoutChapters() {
		ParsedPlan plan = this.parser.parse(PlanTexts.read("gaizhou-2023-prose.txt"));
		assertThat(plan.title()).isEqualTo("盖州市推进县城城镇化补短板强弱项工作实施方案");
		assertThat(plan.issuer()).isEqualTo("盖州市发展和改革局");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2023, 3, 20));
		assertThat(plan.warnings()).isEmpty();
		assertThat(plan.chapters()).singleElement().satisfies((chapter) -> {
			assertThat(chapter.number()).isEmpty();
			assertThat(chapter.title()).isEmpty();
		});
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("市卫生健康局"), co("市发改局"), co("市财政局")),
					List.of(lead("市城市管理综合执法局"), co("市生态环境分局"), townships("各乡镇（街道）", UnitRole.CO)),
					List.of(lead("市住建局"), lead("市水利局"), co("市发改局")),
					List.of(lead("市民政局"), co("市卫生健康局"), co("市发改局")),
					List.of(lead("市住建局"), co("市财政局"), townships("各街道办事处", UnitRole.CO)),
					List.of(lead("市交通运输局"), co("市公安局交警大队"), co("市住建局")),
					List.of(lead("市大数据中心"), co("市直有关部门")));
		assertThat(plan.tasks().get(4).content()).isEqualTo("改造老旧小区。全面推进城镇老旧小区改造，改造老旧小区1.2万户（以2022年底统计数为准）。");
		assertThat(plan.tasks().get(6).content()).doesNotContain("各部门要高度重视");
	}

	@Test
	void continuesTheSequenceWhenNumberingRestartsInEachChapter() {
		ParsedPlan plan = this.parser.parse("""
				一、推进农业转移人口市民化
				1.全面放开落户限制。简化落户手续。（市公安局负责）
				2.扩大基本公共服务覆盖面。推进居住证制度。（市发改局负责）
				二、提升城市品质
				1.改造老旧小区。完成改造12个。（市住建局负责）
				2.建设海绵城市。新增海绵城市面积2平方公里。（市住建局、市水利局负责）
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::seq).containsExactly(1, 2, 3, 4);
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "1", "2");
		assertThat(plan.chapters()).extracting(ParsedChapter::title).containsExactly("推进农业转移人口市民化", "提升城市品质");
	}

	@Test
	void readsTopLevelTasksWithoutChapters() {
		ParsedPlan plan = this.parser.parse("""
				一、全面取消落户限制。落实国家和省有关政策，全面取消城区落户限制。（责任单位：市公安局）
				二、推进居住证制度。提高居住证发证量和含金量。（责任单位：市公安局、市教育局）
				三、加强技能培训。全年培训农民工2000人次。（责任单位：市人社局）
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("一", "二", "三");
		assertThat(plan.tasks()).extracting(ParsedTask::title).containsExactly("全面取消落户限制", "推进居住证制度", "加强技能培训");
		assertThat(plan.chapters()).extracting(ParsedChapter::number).containsExactly("");
	}

	@Test
	void takesTheItemANoteFollowsAsTheTaskAndItsSubItemsAsContent() {
		ParsedPlan plan = this.parser.parse("""
				一、重点任务
				（一）推进户籍制度改革
				1.全面放开城区落户限制。
				2.推行以经常居住地登记户口制度。
				责任单位：市公安局
				（二）推进基本公共服务均等化
				1.扩大随迁子女入学覆盖面。
				（1）新增学位1000个。
				（2）落实“两为主”政策。
				2.推进医保异地就医直接结算。
				责任单位：市教育局、市医保局
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("一", "二");
		assertThat(plan.tasks()).extracting(ParsedTask::title).containsExactly("推进户籍制度改革", "推进基本公共服务均等化");
		assertThat(plan.tasks().get(1).content()).isEqualTo("""
				推进基本公共服务均等化
				1.扩大随迁子女入学覆盖面。
				（1）新增学位1000个。
				（2）落实“两为主”政策。
				2.推进医保异地就医直接结算。""");
		assertThat(plan.chapters()).extracting(ParsedChapter::title).containsExactly("重点任务");
	}

	@Test
	void takesSubItemsWithTheirOwnNotesAsTasks() {
		ParsedPlan plan = this.parser.parse("""
				（一）推进户籍制度改革
				1.全面放开城区落户限制。（责任单位：市公安局）
				2.推行以经常居住地登记户口制度。（责任单位：市公安局、市司法局）
				（二）推进基本公共服务均等化
				1.扩大随迁子女入学覆盖面。（责任单位：市教育局）
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::title)
			.containsExactly("全面放开城区落户限制", "推行以经常居住地登记户口制度", "扩大随迁子女入学覆盖面");
		assertThat(plan.chapters()).extracting(ParsedChapter::number).containsExactly("一", "二");
	}

	@Test
	void takesTheNoteOfAHeadingWithTheTextBelowIt() {
		ParsedPlan plan = this.parser.parse("""
				（一）全面取消落户限制（市公安局负责）
				严格落实全面取消落户限制政策。
				推行网上申请、一站式办理。
				（二）推进居住证制度（市公安局、市教育局负责）
				提高居住证发证量和含金量。
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::title).containsExactly("全面取消落户限制", "推进居住证制度");
		assertThat(plan.tasks().get(0).content()).isEqualTo("全面取消落户限制\n严格落实全面取消落户限制政策。\n推行网上申请、一站式办理。");
	}

	@Test
	void prefersWrittenRolesAndKeepsSeveralLeads() {
		ParsedPlan plan = this.parser.parse("""
				1.推进城市更新。改造老旧街区。市住建局、市商务局牵头，市发改局配合。
				2.改革投融资机制。支持企业发行债券。（人民银行大石桥市支行、市财政局、市发改局负责）
				""");
		assertThat(plan.tasks().get(0).departments()).containsExactly(lead("市住建局"), lead("市商务局"), co("市发改局"));
		assertThat(plan.tasks().get(1).departments())
			.containsExactly(lead("人民银行大石桥市支行"), co("市财政局"), co("市发改局"));
	}

	@Test
	void warnsOfATaskWithoutUnits() {
		ParsedPlan plan = this.parser.parse("""
				一、重点任务
				（一）全面取消落户限制。落实政策。（市公安局负责）
				（二）推进居住证制度。提高发证量。
				（三）加强技能培训。培训农民工。（市人社局负责）
				""");
		assertThat(plan.taskCount()).isEqualTo(3);
		assertThat(plan.tasks().get(1).departments()).isEmpty();
		assertThat(plan.warnings()).contains(Text.of("plan.warning.noUnits", 2));
	}

	@Test
	void readsNationalStyleNotesWithDeadlines() {
		ParsedPlan plan = this.parser.parse("""
				一、总体要求
				（一）指导思想。以习近平新时代中国特色社会主义思想为指导。
				二、重点任务
				（一）全面取消落户限制。放宽落户条件。（公安部牵头负责）
				（二）推动基本公共服务覆盖未落户常住人口。提高居住证发证量。（国家发展改革委、教育部、公安部等按职责分工负责）
				（三）提升县城公共卫生防控救治能力。完善疾控体系。（国家卫生健康委牵头，国家发展改革委、财政部等按职责分工负责，2022年底前完成）
				三、组织实施
				各地区各部门要高度重视。
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("公安部")), List.of(lead("国家发展改革委"), co("教育部"), co("公安部")),
					List.of(lead("国家卫生健康委"), co("国家发展改革委"), co("财政部")));
	}

	@Test
	void readsPartsAsChaptersAndCountyGroupsAsUnits() {
		ParsedPlan plan = this.parser.parse("""
				第一部分 总体要求
				坚持以人为核心。
				第二部分 重点任务
				一、推进户籍制度改革。放开落户。（市公安局、市城投负责）
				二、建设海绵城市。新增面积。（各县(市、区)人民政府负责）
				第三部分 保障措施
				一、加强组织领导。
				""");
		assertThat(plan.chapters()).extracting(ParsedChapter::number).containsExactly("二");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("市公安局"), co("市城投")), List.of(lead("各县(市、区)人民政府")));
	}

	@Test
	void readsUnnumberedParagraphsWithNotesAsTasks() {
		ParsedPlan plan = this.parser.parse("""
				二、重点任务
				全面取消落户限制。坚决贯彻落实政策。﹝市公安局负责﹞
				推进居住证制度。提高发证量。﹝市公安局、教育局负责﹞
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("", "");
		assertThat(plan.tasks()).extracting(ParsedTask::title).containsExactly("全面取消落户限制", "推进居住证制度");
		assertThat(plan.chapters()).extracting(ParsedChapter::title).containsExactly("重点任务");
	}

	@Test
	void readsANoteRightUnderItsHeading() {
		ParsedPlan plan = this.parser.parse("""
				1.深化户籍制度改革
				【牵头单位：市公安局；配合单位：市发改局】
				全面放开城区落户限制。
				推行网上申请。
				2.推进居住证制度
				【牵头单位：市公安局】
				提高发证量。
				""");
		assertThat(plan.tasks().get(0).departments()).containsExactly(lead("市公安局"), co("市发改局"));
		assertThat(plan.tasks().get(0).content()).isEqualTo("深化户籍制度改革\n全面放开城区落户限制。\n推行网上申请。");
	}

	@Test
	void joinsLinesAWebPageWrapped() {
		ParsedPlan plan = this.parser.parse("""
				　　（一）全面取消落户限制。
				　　坚决贯彻落实政策，全面取消落户限制，进一步促进劳动力
				和人才社会性流动。
				　　责任单位：市公安局
				　　完成时限：2020年12月底
				""");
		assertThat(plan.tasks().get(0).content())
			.isEqualTo("全面取消落户限制。\n坚决贯彻落实政策，全面取消落户限制，进一步促进劳动力和人才社会性流动。");
	}

	@Test
	void readsThePlanAfterACoverLetterThatNumbersItsPoints() {
		ParsedPlan plan = this.parser.parse("""
				大石桥市人民政府办公室关于印发大石桥市城乡融合发展分工落实方案的通知
				各镇人民政府、街道办事处，市政府各部门：
				经市政府同意，现将《大石桥市城乡融合发展分工落实方案》印发给你们，请认真贯彻实施。
				一、高度重视，认真研究政策。各部门要认真学习研究，找准切入点。
				二、压实责任，推动工作落实。各牵头单位要统筹落实任务事项。
				大石桥市人民政府办公室
				2023年1月6日
				大石桥市城乡融合发展分工落实方案
				一、推进农业转移人口市民化
				1.全面放开落户限制。简化落户手续。（牵头单位：市公安局；参与单位：市发改局）
				2.推进居住证制度。提高发证量。（牵头单位：市公安局）
				二、推进城乡基础设施一体化
				3.推进城乡客运一体化。新开城乡公交线路3条。（牵头单位：市交通运输局）
				""");
		assertThat(plan.title()).isEqualTo("大石桥市城乡融合发展分工落实方案");
		assertThat(plan.issuer()).isEqualTo("大石桥市人民政府办公室");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2023, 1, 6));
		assertThat(plan.chapters()).extracting(ParsedChapter::title).containsExactly("推进农业转移人口市民化", "推进城乡基础设施一体化");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
		assertThat(plan.tasks().get(0).departments()).containsExactly(lead("市公安局"), co("市发改局"));
	}

	@Test
	void readsAResponsibilityBreakdownWithRemarksInItsNotes() {
		ParsedPlan plan = this.parser.parse("""
				当前位置：首页 >> 专题专栏 >> 市政府重点工作
				市政府工作报告重点工作责任分解(2023年)
				时间:2023-07-11 17:01 浏览次数: 信息来源: 市政府
				一、全市经济社会发展主要预期目标
				1.生产总值增长6%以上。
				责任单位:市发改委
				2.固定资产投资增长10%。
				责任单位:市发改委、市经信局、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)
				3.城乡居民收入增速保持全省领先。
				责任单位:市人力社保局、市农业农村局分别牵头
				二、重点抓好六方面工作
				(一)全力以赴拼经济稳增长促发展。
				4.实施招商引资“百千”行动，每年招引亿元以上制造业项目100个。
				责任单位:市双招双引办、市发改委,各县(市、区)政府、开发区管委会
				5.地区生产总值年均增长7%以上。(预期性指标,牵头单位:市发改委;责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再逐一列出)
				""");
		assertThat(plan.title()).isEqualTo("市政府工作报告重点工作责任分解(2023年)");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2023, 7, 11));
		assertThat(plan.chapters()).extracting(ParsedChapter::title)
			.containsExactly("全市经济社会发展主要预期目标", "全力以赴拼经济稳增长促发展");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("市发改委")), List.of(lead("市发改委"), co("市经信局"), co("市卫生健康委")),
					List.of(lead("市人力社保局"), lead("市农业农村局")),
					List.of(lead("市双招双引办"), co("市发改委"), co("各县(市、区)政府"), co("开发区管委会")),
					List.of(lead("市发改委"), co("市政府有关部门"), co("各县市区")));
	}

	@Test
	void readsJointIssuersSigningOneAboveTheOther() {
		ParsedPlan plan = this.parser.parse("""
				中共大石桥市委办公室
				大石桥市人民政府办公室
				2021年4月16日
				大石桥市城镇化建设三年行动计划（2021—2023年）
				1.全面放开落户限制。简化落户手续。（市公安局负责）
				""");
		assertThat(plan.issuer()).isEqualTo("中共大石桥市委办公室 大石桥市人民政府办公室");
		assertThat(plan.title()).isEqualTo("大石桥市城镇化建设三年行动计划（2021—2023年）");
	}

	@Test
	void takesTheTasksOfChaptersThatHoldOneTaskEach() {
		ParsedPlan plan = this.parser.parse("""
				一、推进农业转移人口市民化
				（一）全面放开落户限制。简化落户手续。（市公安局负责）
				二、提升城市品质
				（一）改造老旧小区。完成改造12个。（市住建局负责）
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::title).containsExactly("全面放开落户限制", "改造老旧小区");
		assertThat(plan.chapters()).extracting(ParsedChapter::title).containsExactly("推进农业转移人口市民化", "提升城市品质");
	}

	@Test
	void readsATablePastedARowALineBetweenBars() {
		ParsedPlan plan = this.parser.parse("""
				某县2024年重点任务分解表
				序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
				1 | 全面放开落户限制 | 县公安局 | 县发改局、各乡镇 | 2024年底 |
				2 | 改造老旧小区 | 县住建局 | 县财政局 | 持续推进 |
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
		assertThat(plan.tasks()).extracting(ParsedTask::title).containsExactly("全面放开落户限制", "改造老旧小区");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("县公安局"), co("县发改局"), townships("各乡镇", UnitRole.CO)),
					List.of(lead("县住建局"), co("县财政局")));
	}

	@Test
	void readsATablePastedACellALineWhenEveryRowLinesUp() {
		ParsedPlan plan = this.parser.parse("""
				序号
				重点任务
				牵头单位
				配合单位
				1
				全面放开落户限制
				县公安局
				县发改局
				2
				改造老旧小区
				县住建局
				县财政局
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("县公安局"), co("县发改局")), List.of(lead("县住建局"), co("县财政局")));
	}

	@Test
	void refusesATablePastedACellALineWhoseCellsDoNotLineUp() {
		// the first row leaves its 配合单位 empty, so every later cell shifts by one
		String text = """
				序号
				重点任务
				牵头单位
				配合单位
				1
				全面放开落户限制
				县公安局
				2
				改造老旧小区
				县住建局
				县财政局
				""";
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> this.parser.parse(text))
			.withMessage(NotAPlanException.CELLS_NOT_ALIGNED);
		assertThat(java.util.ResourceBundle.getBundle("messages", java.util.Locale.ROOT)
			.getString(NotAPlanException.CELLS_NOT_ALIGNED)).contains("逐格分行");
		assertThat(java.util.ResourceBundle.getBundle("messages", java.util.Locale.ENGLISH)
			.getString(NotAPlanException.CELLS_NOT_ALIGNED)).contains("a cell a line");
	}

	@Test
	void leavesTheLeadersANoteNamesOutOfItsUnits() {
		ParsedPlan plan = this.parser.parse("""
				一、推进创新
				（一）增强创新能力。建设示范区（分管副市长、协管副秘书长负责，市科技局牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同）。落实减免政策（分管副市长负责，市科技局、市财政局等负责。列第一位的为牵头部门，其他部门按职责分工负责，下同）。
				""");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("市科技局"), co("市财政局")));
		assertThat(plan.tasks().get(0).content()).doesNotContain("负责", "下同");
	}

	@Test
	void leavesACoverLettersListOfAttachmentsOutOfTheTasks() {
		ParsedPlan plan = this.parser.parse("""
				附件：1.2020年政府工作报告重点工作责任分解
				2.十方面民生实事责任分解
				某市人民政府办公室
				2020年5月22日
				一、市长主抓重点工作
				1.坚定不移支持企业发展。
				责任单位：市经信局、市财政局
				""");
		assertThat(plan.chapters()).extracting(ParsedChapter::number).containsExactly("一");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1");
	}

}

package org.chengxiang.plan;

import org.chengxiang.platform.domain.Text;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.plan.PlanTexts.co;
import static org.chengxiang.plan.PlanTexts.lead;

/** Text copied from a government website, page chrome and all. */
class WebPageTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "首页 > 政务公开 > 政策文件", "当前位置：首页 > 信息公开", "您现在的位置：首页>>政务公开>>通知公告", "【字体：大 中 小】",
			"【打印本页】 【关闭窗口】", "打印本页", "关闭窗口", "分享到：", "[打印] [关闭]", "版权所有：大石桥市人民政府 主办：大石桥市人民政府办公室",
			"辽ICP备05008465号", "Copyright © 2020 大石桥市人民政府", "发布时间：2020-11-26 10:20 来源：市政府办公室",
			"首页 政务公开 政务服务 互动交流 走进大石桥", "扫一扫在手机打开当前页", "上一篇：关于做好冬季供暖工作的通知" })
	void dropsPageChrome(String line) {
		assertThat(PlanLines.isChrome(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "（一）全面取消落户限制。", "责任单位：市公安局、发改局", "牵头单位：市公安局", "资金来源：市财政统筹安排。",
			"大石桥市人民政府办公室", "2020年11月24日" })
	void keepsPlanText(String line) {
		assertThat(PlanLines.isChrome(line)).isFalse();
	}

	@Test
	void keepsTheTasksReadBeforeTheTextBreaksOff() {
		ParsedPlan plan = new PlanDocumentParser().parse("""
				首页 | 政务公开 | 政策文件
				大石桥市2021年新型城镇化重点任务实施方案
				发布时间：2021-03-02 来源：大石桥市人民政府办公室
				一、重点任务
				（一）全面取消落户限制。落实政策，简化手续。﹝市公安局、发改局负责﹞
				（二）推进居住证制度。提高居住证发证量和含金量。﹝市公安局、教育局负责﹞
				（三）加强农民工技能培训。实施新生代农民工职业技能提升计划，加强对""");
		assertThat(plan.title()).isEqualTo("大石桥市2021年新型城镇化重点任务实施方案");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2021, 3, 2));
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("市公安局"), co("发改局")), List.of(lead("市公安局"), co("教育局")), List.of());
		assertThat(plan.warnings()).containsExactly(Text.of("plan.warning.noUnits", 3),
				Text.of("plan.warning.endsMidTask"));
	}

	@Test
	void keepsTheCutTaskOfAPlanWithoutChapters() {
		ParsedPlan plan = new PlanDocumentParser().parse("""
				1.全面取消落户限制。落实政策，简化手续。（市公安局负责）
				2.推进居住证制度。提高居住证发证量和含""");
		assertThat(plan.taskCount()).isEqualTo(2);
		assertThat(plan.warnings()).contains(Text.of("plan.warning.endsMidTask"));
	}

	@Test
	void keepsTheLevelOfTasksWhenTheTextBreaksOffInTheSecondTask() {
		String reference = PlanTexts.read("dashiqiao-2020.txt");
		String cut = reference.substring(0, reference.indexOf("(二)促进农业转移人口") + 30);
		ParsedPlan plan = new PlanDocumentParser().parse(cut);
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("一", "二");
		assertThat(plan.warnings()).containsExactly(Text.of("plan.warning.noUnits", 2),
				Text.of("plan.warning.endsMidTask"));
	}

	@Test
	void doesNotTakeAChapterForATaskWhenItsSecondTaskBreaksOff() {
		ParsedPlan plan = new PlanDocumentParser().parse("""
				一、健全城乡要素合理配置机制
				1、推动农业转移人口落户城镇。全面落实放开城镇落户限制政策。
				责任单位：市公安局、市发改局
				2、建立农村土地市场化配置机制。稳慎推进农村宅基地""");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
		assertThat(plan.chapters()).extracting(ParsedChapter::title).containsExactly("健全城乡要素合理配置机制");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dashiqiao-2020.txt", "fengcheng-2021-lenticular.txt", "haicheng-2022-website.txt",
			"gaizhou-2023-prose.txt" })
	void readsTheSameTasksFromAnyCutOfAPlanUpToTheCut(String name) {
		String text = PlanTexts.read(name);
		List<String> titles = new PlanDocumentParser().parse(text).tasks().stream().map(ParsedTask::title).toList();
		for (int end = 0; end <= text.length(); end += 7) {
			List<String> read;
			try {
				ParsedPlan cut = new PlanDocumentParser().parse(text.substring(0, end));
				read = cut.tasks().stream().map(ParsedTask::title).toList();
			}
			catch (NotAPlanException ex) {
				continue;
			}
			int last = read.size() - 1;
			assertThat(read.subList(0, last)).as("cut at %d", end).isEqualTo(titles.subList(0, last));
			assertThat(titles.get(last)).as("cut at %d", end).startsWith(read.get(last));
		}
	}

}

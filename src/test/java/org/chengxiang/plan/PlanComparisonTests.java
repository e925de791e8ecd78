package org.chengxiang.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanComparisonTests {

	private static long ids = 1;

	static Views.TaskView task(int seq, String title, String... units) {
		List<Views.AssignmentRow> rows = java.util.Arrays.stream(units)
			.map(u -> new Views.AssignmentRow(ids++, 0, seq, u, null, null, UnitRole.LEAD, AssignmentStage.ISSUED,
					AssignmentStatus.NOT_STARTED, Light.GREEN, null, null, 0))
			.toList();
		return new Views.TaskView(ids++, seq, String.valueOf(seq), title, title, "一", "任务", AssignmentStatus.NOT_STARTED,
				Light.GREEN, rows, List.of(), false);
	}

	@Test
	void matchesRewordedTasksAndReportsNewDroppedAndUnitChanges() {
		List<Views.TaskView> last = List.of(task(1, "全面取消落户限制", "公安局", "发改局"),
				task(2, "推进城市更新改造老旧小区", "住建局"), task(3, "规范发展特色小镇", "发改局"));
		List<Views.TaskView> next = List.of(task(1, "深化户籍制度改革，全面取消落户限制", "公安局", "人社局"),
				task(2, "实施城市更新行动，改造老旧小区", "住建局"), task(3, "建设县城新型基础设施", "工信局"));

		PlanComparison.Result result = PlanComparison.compare(last, next);

		assertThat(result.continued()).hasSize(2);
		PlanComparison.Pair settlement = result.continued().get(0);
		assertThat(settlement.previous().title()).isEqualTo("全面取消落户限制");
		assertThat(settlement.joined()).containsExactly("人社局");
		assertThat(settlement.left()).containsExactly("发改局");
		assertThat(result.added()).extracting(Views.TaskView::title).containsExactly("建设县城新型基础设施");
		assertThat(result.dropped()).extracting(Views.TaskView::title).containsExactly("规范发展特色小镇");
	}

	@Test
	void similarityIsZeroForUnrelatedTextAndOneForTheSame() {
		assertThat(PlanComparison.similarity("全面取消落户限制", "全面取消落户限制")).isEqualTo(1.0);
		assertThat(PlanComparison.similarity("全面取消落户限制", "建设医疗物资储备库")).isZero();
		assertThat(PlanComparison.similarity(null, "x")).isZero();
	}

}

package org.chengxiang.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotAPlanTests {

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   \n\n  ", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10",
			"第一章 风起\n那年冬天，雪下得很大。他推开门，看见院子里的老槐树已经被压弯了腰。母亲在灶房里忙着，锅里的水咕嘟咕嘟地响。他想起父亲临走时说的话，心里一阵发酸。\n第二章 远行\n火车开动的时候，他没有回头。",
			"1. 3.5\n2. 4.25\n3. 7\n4. 12.5",
			"一、会议时间\n2020年11月24日上午9时。\n二、参会人员\n各部门主要负责同志。\n三、有关要求\n请准时参加。",
			"市公安局、发改局、人社局" })
	void refusesTextWithoutTasksAndUnits(String text) {
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> new PlanDocumentParser().parse(text))
			.withMessage(NotAPlanException.NO_TASKS);
	}

	@org.junit.jupiter.api.Test
	void refusesAPlanInTraditionalCharactersSayingSo() {
		String text = PlanCorpusTests.corpus().stream()
			.filter((document) -> document.name().equals("16-weihai-2025-traditional"))
			.findFirst()
			.orElseThrow()
			.text();
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> new PlanDocumentParser().parse(text))
			.withMessage(NotAPlanException.TRADITIONAL);
	}

	@org.junit.jupiter.api.Test
	void readsASimplifiedPlanThatQuotesAFewTraditionalNames() {
		String text = "1.推进落户。引进台灣地區與香港單位人才。（市公安局牵头，市人社局配合）\n2.完善服务。（市人社局负责）";
		assertThat(new PlanDocumentParser().parse(text).taskCount()).isEqualTo(2);
	}

}

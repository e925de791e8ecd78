package org.chengxiang.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNamesTests {

	@ParameterizedTest
	@ValueSource(strings = { "市公安局", "发改局", "市委编办", "人民银行大石桥市支行", "市财政局(金融发展局)", "各县(市、区)人民政府",
			"南楼经济开发区管委会", "国网大石桥市供电公司", "市消防救援大队", "团市委", "市妇联", "市科协", "市融媒体中心", "营口市生态环境局大石桥分局",
			"市直有关部门", "各成员单位", "周家镇", "钢都街道" })
	void recognizesNamesOfUnits(String name) {
		assertThat(UnitNames.looksLikeUnit(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "不含6亩", "以下简称营商局", "以下简称“营商局”", "2020年底前完成", "含新型学徒制培训", "试行", "征求意见稿",
			"具体工作由市公安局", "提供就业机会", "" })
	void refusesTextThatNamesNoUnit(String text) {
		assertThat(UnitNames.looksLikeUnit(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "相关镇街", "各镇街", "各镇（街道）", "各镇(街道)", "各乡镇（街道）", "各镇人民政府", "各街道办事处", "各乡镇人民政府",
			"有关乡镇", "各镇区", "涉农镇街", "各乡镇街道" })
	void recognizesTownshipGroups(String name) {
		assertThat(UnitNames.isTownshipGroup(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "各县(市、区)人民政府", "周家镇", "钢都街道", "市发改局", "市直有关部门" })
	void tellsSingleUnitsFromTownshipGroups(String name) {
		assertThat(UnitNames.isTownshipGroup(name)).isFalse();
	}

	@Test
	void splitsListsOutsideBrackets() {
		assertThat(UnitNames.split("市公安局、各县(市、区)人民政府，财政局（金融发展局）;统计局", false))
			.containsExactly("市公安局", "各县(市、区)人民政府", "财政局（金融发展局）", "统计局");
		assertThat(UnitNames.split("市公安局\n发改局 人社局", true)).containsExactly("市公安局", "发改局", "人社局");
	}

	@Test
	void splitsConjoinedUnitsButNotNamesWithAnd() {
		assertThat(UnitNames.split("市财政局和人社局", false)).containsExactly("市财政局", "人社局");
		assertThat(UnitNames.split("各镇街及有关部门", false)).containsExactly("各镇街", "有关部门");
		assertThat(UnitNames.split("市住房和城乡建设局", false)).containsExactly("市住房和城乡建设局");
		assertThat(UnitNames.split("市人力资源和社会保障局", false)).containsExactly("市人力资源和社会保障局");
	}

	@Test
	void dropsWordsAroundNames() {
		assertThat(UnitNames.split("由市发改局、市财政局等部门", false)).containsExactly("市发改局", "市财政局");
	}

}

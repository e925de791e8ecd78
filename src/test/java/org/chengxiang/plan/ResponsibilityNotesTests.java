package org.chengxiang.plan;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.plan.PlanTexts.co;
import static org.chengxiang.plan.PlanTexts.lead;
import static org.chengxiang.plan.PlanTexts.townships;

class ResponsibilityNotesTests {

	private static ResponsibilityNotes.Reading read(String line) {
		return ResponsibilityNotes.read(line);
	}

	@ParameterizedTest
	@ValueSource(strings = { "加强宣传。﹝市公安局、发改局负责﹞", "加强宣传。〔市公安局、发改局负责〕", "加强宣传。[市公安局、发改局]",
			"加强宣传。［市公安局、发改局］", "加强宣传。（责任单位：市公安局、发改局）", "加强宣传。(责任单位:市公安局、发改局)",
			"加强宣传。【责任单位：市公安局、发改局】", "加强宣传（市公安局、发改局按职责分工负责）。", "加强宣传。〔市公安局、发改局﹞",
			"加强宣传。(市公安局,发改局)", "加强宣传。（责任单位：市公安局、发改局；完成时限：2020年12月底）" })
	void readsEveryBracketStyle(String line) {
		ResponsibilityNotes.Reading reading = read(line);
		assertThat(reading.units()).containsExactly(lead("市公安局"), co("发改局"));
		assertThat(reading.rest()).isIn("加强宣传。", "加强宣传");
	}

	@Test
	void readsLeadAndCooperatingUnitsFromLabels() {
		assertThat(read("推进户籍制度改革【牵头单位：市公安局；配合单位：市发改局、市人社局】").units())
			.containsExactly(lead("市公安局"), co("市发改局"), co("市人社局"));
		assertThat(read("推进户籍制度改革。（牵头单位：公安局，配合单位：发改局、人社局）").units())
			.containsExactly(lead("公安局"), co("发改局"), co("人社局"));
		assertThat(read("推进户籍制度改革。(牵头单位:市公安局、市司法局 配合单位:市发改局)").units())
			.containsExactly(lead("市公安局"), lead("市司法局"), co("市发改局"));
	}

	@Test
	void readsRoleWords() {
		assertThat(read("加强宣传。市公安局牵头，市发改局、人社局配合。").units())
			.containsExactly(lead("市公安局"), co("市发改局"), co("人社局"));
		assertThat(read("由市住建局牵头，市发改局、各镇（街道）参与").units())
			.containsExactly(lead("市住建局"), co("市发改局"), townships("各镇（街道）", UnitRole.CO));
		assertThat(read("（市公安局、市司法局牵头，市发改局配合）").units())
			.containsExactly(lead("市公安局"), lead("市司法局"), co("市发改局"));
		assertThat(read("责任单位：市发改局（牵头）、市财政局、市统计局").units())
			.containsExactly(lead("市发改局"), co("市财政局"), co("市统计局"));
		assertThat(read("市发改局会同市财政局负责").units()).containsExactly(lead("市发改局"), co("市财政局"));
		assertThat(read("市民政局负责，各镇街配合。").units())
			.containsExactly(lead("市民政局"), townships("各镇街", UnitRole.CO));
	}

	@Test
	void takesALabelledLineOfItsOwnForANote() {
		assertThat(read("责任单位：市公安局、发改局").isNoteOnly()).isTrue();
		assertThat(read("牵头单位：市公安局").units()).containsExactly(lead("市公安局"));
		assertThat(read("配合单位：市发改局、市人社局。").units()).containsExactly(co("市发改局"), co("市人社局"));
	}

	@Test
	void leavesExplanatoryBracketsInTheText() {
		assertThat(read("对占用耕地5亩以下的(不含6亩)项目简化审批").hasNote()).isFalse();
		assertThat(read("设立营商环境建设局（以下简称“营商局”）").hasNote()).isFalse();
		assertThat(read("设立营商环境建设局（以下简称营商局）").hasNote()).isFalse();
		assertThat(read("完成老旧小区改造（2020年底前完成）。").hasNote()).isFalse();
		assertThat(read("支持企业开展岗前培训（含新型学徒制培训）。").hasNote()).isFalse();
		assertThat(read("支持市公安局（市交警大队）开展工作，加强巡查。").hasNote()).isFalse();
	}

	@Test
	void keepsContentThatOnlyMentionsRoles() {
		assertThat(read("建立由市政府牵头、各部门参与的联席会议制度。").hasNote()).isFalse();
		assertThat(read("落实属地责任，各镇街负责组织实施。").hasNote()).isFalse();
		assertThat(read("具体工作由市公安局负责。").hasNote()).isFalse();
	}

	@Test
	void takesOnlyTheLabelledPartOfASentence() {
		ResponsibilityNotes.Reading reading = read("大幅提高落户便利性，责任单位：市公安局、发改局");
		assertThat(reading.units()).containsExactly(lead("市公安局"), co("发改局"));
		assertThat(reading.rest()).isEqualTo("大幅提高落户便利性，");
	}

	@Test
	void readsANoteBeforeATimeLimit() {
		ResponsibilityNotes.Reading reading = read("改造老旧小区12个。（责任单位：市住建局）（2020年12月底前完成）");
		assertThat(reading.units()).containsExactly(lead("市住建局"));
		assertThat(reading.rest()).isEqualTo("改造老旧小区12个。（2020年12月底前完成）");
	}

	@Test
	void keepsNamesHoldingBracketsWhole() {
		List<ParsedUnit> units = read("（责任单位：各县(市、区)人民政府、市财政局（金融发展局）、人民银行大石桥市支行）").units();
		assertThat(units).containsExactly(lead("各县(市、区)人民政府"), co("市财政局（金融发展局）"), co("人民银行大石桥市支行"));
	}

	@Test
	void acceptsAFewUnknownNamesInABracketClosedByARoleWord() {
		assertThat(read("加强宣传。（市发改局、市城投负责）").units()).containsExactly(lead("市发改局"), co("市城投"));
		assertThat(read("加强宣传。（市城投）").hasNote()).isFalse();
		assertThat(read("加强宣传。（市城投、交投负责）").hasNote()).isFalse();
	}

	@Test
	void skipsADeadlineInsideANote() {
		assertThat(read("改造老旧小区。（市住建局负责，2020年底前完成）").units()).containsExactly(lead("市住建局"));
	}

	@Test
	void readsNotesInsideAParagraphWhenTheySayWhoIsResponsible() {
		ResponsibilityNotes.Reading reading = read("加强落户政策宣传（市公安局负责），开通线上申请审核系统（市发改局牵头，市公安局配合）。");
		assertThat(reading.units()).containsExactly(lead("市公安局"), lead("市发改局"), co("市公安局"));
		assertThat(reading.rest()).isEqualTo("加强落户政策宣传，开通线上申请审核系统。");
	}

	@Test
	void splitsUnitsListedWithSpacesAfterALabel() {
		assertThat(read("责任单位：市发改局 市财政局  各镇（街道）").units())
			.containsExactly(lead("市发改局"), co("市财政局"), townships("各镇（街道）", UnitRole.CO));
	}

	@Test
	void readsUnitsNamedForEveryLaterTaskApartFromTheTasksOwn() {
		ResponsibilityNotes.Reading reading = read("加强市场体系建设。〔责任单位:省发展改革委、省市场监管局按职责分工负责。"
				+ "具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕");
		assertThat(reading.units()).containsExactly(lead("省发展改革委"), co("省市场监管局"));
		assertThat(reading.standing()).containsExactly(co("相关市(州)人民政府"));
		assertThat(reading.rest()).isEqualTo("加强市场体系建设。");
		assertThat(read("深化政务服务。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府。"
				+ "以下任务均需各区市政府、开发区管委落实,不再一一列出)").standing())
			.containsExactly(co("各区市政府"), co("开发区管委"));
	}

	@Test
	void tellsALeadItStatesFromOneByPlaceOnly() {
		assertThat(read("牵头单位:区发改局").leadStated()).isTrue();
		assertThat(read("推进改革。(区政务服务局牵头,区发改局配合)").leadStated()).isTrue();
		assertThat(read("责任单位:立山经济开发区,各街道").leadStated()).isFalse();
		assertThat(read("责任单位:立山经济开发区,各街道").units()).containsExactly(lead("立山经济开发区"), townships("各街道", UnitRole.CO));
	}

	@Test
	void keepsAGroupOfDepartmentsAndUnitsWhole() {
		assertThat(read("深化改革。(责任单位:市直有关部门、单位,各区市政府)").units())
			.containsExactly(lead("市直有关部门、单位"), co("各区市政府"));
	}

}

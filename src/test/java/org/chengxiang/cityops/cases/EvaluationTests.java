package org.chengxiang.cityops.cases;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTests {

	static Evaluation.Facts closed(Long department, String town, String officer, boolean onTime, double hours) {
		return new Evaluation.Facts(department, town, officer, true, true, true, onTime, !onTime, false, false, true, hours);
	}

	@Test
	void countsAndRatesOfASmallKnownSet() {
		List<Evaluation.Facts> facts = List.of(
				closed(1L, "T1", "grid01", true, 10),
				closed(1L, "T1", "grid01", false, 30),
				new Evaluation.Facts(1L, "T1", null, true, true, true, true, false, true, true, true, 20.0),
				new Evaluation.Facts(2L, "T2", "grid01", true, true, false, false, true, false, false, false, null),
				new Evaluation.Facts(null, "T2", null, true, false, false, false, false, false, false, false, null),
				new Evaluation.Facts(null, "T1", "grid01", false, false, false, false, false, false, false, false, null));
		BulletinLine total = Evaluation.total(facts);
		assertThat(total.reported()).isEqualTo(6);
		assertThat(total.filed()).isEqualTo(5);
		assertThat(total.dispatched()).isEqualTo(4);
		assertThat(total.handled()).isEqualTo(3);
		assertThat(total.handledOnTime()).isEqualTo(2);
		assertThat(total.overdue()).isEqualTo(2);
		assertThat(total.closed()).isEqualTo(3);
		assertThat(total.filingRate()).isEqualTo(83.3);
		assertThat(total.onTimeRate()).isEqualTo(66.7);
		assertThat(total.reworkRate()).isEqualTo(25.0);
		assertThat(total.extensionRate()).isEqualTo(25.0);
		assertThat(total.closureRate()).isEqualTo(60.0);
		assertThat(total.medianHoursToClose()).isEqualTo(20.0);

		List<BulletinLine> departments = Evaluation.lines(facts,
				f -> f.departmentId() == null ? null : String.valueOf(f.departmentId()), key -> "部门" + key);
		assertThat(departments).extracting(BulletinLine::name).containsExactly("部门1", "部门2");
		assertThat(departments.get(0).reported()).isEqualTo(3);
		assertThat(departments.get(0).closureRate()).isEqualTo(100.0);
		assertThat(departments.get(1).onTimeRate()).as("nothing handled yet").isNull();

		List<BulletinLine> officers = Evaluation.lines(facts, Evaluation.Facts::officer, key -> key);
		assertThat(officers).singleElement().satisfies(line -> {
			assertThat(line.reported()).isEqualTo(4);
			assertThat(line.filed()).isEqualTo(3);
			assertThat(line.medianHoursToClose()).isEqualTo(20.0);
		});
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(Evaluation.median(List.of(1.0, 2.0, 4.0, 10.0))).isEqualTo(3.0);
		assertThat(Evaluation.median(List.of())).isNull();
		assertThat(Evaluation.rate(1, 0)).isNull();
	}

}

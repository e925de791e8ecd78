package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.RuleBroken;
import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SpreadsheetsTests {

	@Test
	void writesAndReadsBackRowsSkippingTheHeader() {
		byte[] sheet = Spreadsheets.write("测试", List.of("a", "b"), List.of(List.of("1", "二"), List.of("3", "")));
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(sheet));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).number()).isEqualTo(2);
		assertThat(rows.get(0).get(1)).isEqualTo("二");
		assertThat(rows.get(1).get(1)).isEmpty();
	}

	@Test
	void cutsTextLongerThanAnExcelCellHolds() {
		byte[] sheet = Spreadsheets.write("x", List.of("a"), List.of(List.of("字".repeat(40_000))));
		String value = Spreadsheets.read(new ByteArrayInputStream(sheet)).get(0).get(0);
		assertThat(value).hasSize(Spreadsheets.MAX_CELL).endsWith("…");
	}

	@Test
	void refusesWhatIsNotAWorkbook() {
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> Spreadsheets.read(new ByteArrayInputStream("plain text".getBytes())))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("file"));
	}

}

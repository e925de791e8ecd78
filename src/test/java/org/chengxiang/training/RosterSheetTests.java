package org.chengxiang.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.Spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Roster sheets built in memory, read into good rows and bad rows with their row numbers and reasons. */
class RosterSheetTests {

	static final String A = GeneratedIdNumbers.of("210881", LocalDate.of(1990, 3, 7), 151);

	static final String B = GeneratedIdNumbers.of("210882", LocalDate.of(1992, 6, 15), 212);

	static final String C = GeneratedIdNumbers.of("210803", LocalDate.of(1985, 1, 20), 33);

	static final String D = GeneratedIdNumbers.of("210804", LocalDate.of(1979, 11, 2), 44);

	static final String E = GeneratedIdNumbers.of("210881", LocalDate.of(1999, 12, 31), 125);

	final PersonalDataProtector protector = protector();

	static final Map<String, TraineeHukou> WORDS = Map.of("农村", TraineeHukou.RURAL, "城镇", TraineeHukou.URBAN);

	@Test
	void everyGoodRowIsReadWithItsNumberAndEveryBadRowWithItsReason() throws IOException {
		String wrongCheck = A.substring(0, 17) + (A.charAt(17) == '0' ? '1' : '0');
		String noSuchDate = GeneratedIdNumbers.withCheck("21088119900230123");
		String onRoster = C;
		RosterSheet.Parsed parsed = read(Set.of(protector.personKey(onRoster)),
				row("王小明", A, "138 0000 1111", "农村"),        // 2 good
				row("", B, "", "城镇"),                          // 3 name missing
				row("李四", "21088119900101", "", "农村"),        // 4 too short
				row("赵六", wrongCheck, "", "农村"),              // 5 check character
				row("钱七", noSuchDate, "", "农村"),              // 6 no such date
				row("孙八", A.toLowerCase(), "", "城镇"),         // 7 same person as row 2
				row("周九", onRoster, "", "城镇"),                // 8 already on the roster
				row("吴十", B, "1234567", "城镇"),                // 9 not a mobile number
				row("郑十一", D, "", "外籍"),                      // 10 hukou unknown
				row("冯十二", B, "+86 139-0000-2222", "城镇"),     // 11 good: row 9 corrected
				row("陈十三", E, "", "城镇"),                      // 12 good
				row("褚十四", E, "", "城镇"));                     // 13 same person as row 12
		assertThat(parsed.good()).extracting(RosterSheet.Good::row).containsExactly(2, 11, 12);
		assertThat(parsed.good().get(0).phone()).isEqualTo("13800001111");
		assertThat(parsed.good().get(0).hukou()).isEqualTo(TraineeHukou.RURAL);
		assertThat(parsed.good().get(1).phone()).isEqualTo("13900002222");
		assertThat(parsed.good().get(1).idNumber()).isEqualTo(B);
		assertThat(parsed.bad()).extracting(RosterSheet.Bad::row).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 13);
		assertThat(parsed.bad()).extracting(b -> b.reason().key()).containsExactly("training.roster.row.nameMissing",
				"platform.idNumber.length", "platform.idNumber.checkCharacter", "platform.idNumber.noSuchDate",
				"training.roster.row.duplicate", "training.roster.row.onRoster", "training.roster.row.phone",
				"training.roster.row.hukou", "training.roster.row.duplicate");
		assertThat(parsed.bad().get(4).reason().args()).containsExactly(2);
		assertThat(parsed.bad().get(7).reason().args()).containsExactly("外籍");
		assertThat(parsed.bad().get(8).reason().args()).containsExactly(12);
	}

	@Test
	void theTemplatesExampleRowIsSkippedAndASheetWithoutRowsIsRefused() throws IOException {
		RosterSheet.Parsed parsed = read(Set.of(), row("张三", RosterTemplate.EXAMPLE_ID_NUMBER, "13800000000", "农村"),
				row("王小明", A, "", "城镇"));
		assertThat(parsed.good()).extracting(RosterSheet.Good::row).containsExactly(3);
		assertThat(parsed.bad()).isEmpty();
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> read(Set.of()))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("file"));
	}

	@Test
	void theTemplateReadsBackWithItsFourColumnsAndNoTrainee() {
		Spreadsheets.ReadSheet sheet = Spreadsheets.readSheet(new ByteArrayInputStream(RosterTemplate.workbook()));
		assertThat(sheet.header()).hasSize(4);
		assertThat(sheet.rows()).hasSize(1);
		assertThat(sheet.rows().get(0).get(RosterSheet.ID_NUMBER)).isEqualTo(RosterTemplate.EXAMPLE_ID_NUMBER);
	}

	private RosterSheet.Parsed read(Set<PersonKey> onRoster, List<?>... rows) throws IOException {
		return RosterSheet.read(Spreadsheets.read(new ByteArrayInputStream(workbook(rows))), protector,
				cell -> Optional.ofNullable(WORDS.get(cell)), onRoster::contains);
	}

	static List<String> row(String... cells) {
		return List.of(cells);
	}

	/** A roster sheet: the header row, then the rows, every cell as text. */
	static byte[] workbook(List<?>... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("roster");
			Row head = sheet.createRow(0);
			List<String> header = List.of("name", "id", "phone", "hukou");
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int i = 0; i < rows[r].size(); i++) {
					row.createCell(i).setCellValue(String.valueOf(rows[r].get(i)));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Person keys as the SHA-256 of the normalised number: the same person, the same key. */
	static PersonalDataProtector protector() {
		PersonalDataProtector protector = mock(PersonalDataProtector.class);
		when(protector.personKey(anyString())).thenAnswer(call -> {
			String id = PersonalDataProtector.normalizeIdNumber(call.getArgument(0));
			try {
				return PersonKey.of(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return protector;
	}

}

package org.chengxiang.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.Spreadsheets;

/**
 * The rows of an uploaded roster sheet (姓名, 身份证号, 手机号, 户籍性质, in the template's columns) read into good
 * rows and bad rows. Unlike the staff sheet, a bad row does not refuse the sheet: each is reported with its row
 * number and reason, and the good rows wait for the uploader's confirmation.
 */
final class RosterSheet {

	static final int NAME = 0;

	static final int ID_NUMBER = 1;

	static final int PHONE = 2;

	static final int HUKOU = 3;

	static final int MAX_NAME = 50;

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	// how people write a number: digits (full-width too), spaces, dashes, +86
	private static final Pattern WRITTEN = Pattern.compile("[0-9０-９ \\u3000+\\-]+");

	private RosterSheet() {
	}

	/**
	 * A row that can go on the roster.
	 *
	 * @param idNumber the ID number, normalised
	 * @param phone the mobile number, normalised, or {@code null}
	 */
	record Good(int row, String name, String idNumber, PersonKey person, String phone, TraineeHukou hukou) {
	}

	/** A row that cannot, and why. */
	record Bad(int row, Text reason) {
	}

	record Parsed(List<Good> good, List<Bad> bad) {
	}

	/**
	 * Reads every row. A person counts as seen once a row of theirs is good, so a bad row corrected further down is
	 * taken, and a second good row of theirs is a duplicate.
	 *
	 * @param hukouWords the kind of hukou a cell names, in either language
	 * @param onRoster whether the person is already on the class's roster
	 * @throws RuleBroken on {@code file} when the sheet holds no row
	 */
	static Parsed read(List<Spreadsheets.SheetRow> rows, PersonalDataProtector protector,
			Function<String, Optional<TraineeHukou>> hukouWords, Predicate<PersonKey> onRoster) {
		List<Good> good = new ArrayList<>();
		List<Bad> bad = new ArrayList<>();
		Map<PersonKey, Integer> seen = new HashMap<>();
		for (Spreadsheets.SheetRow row : rows) {
			String idNumber = PersonalDataProtector.normalizeIdNumber(row.get(ID_NUMBER));
			if (RosterTemplate.EXAMPLE_ID_NUMBER.equals(idNumber)) {
				continue;
			}
			int at = row.number();
			String name = row.get(NAME).strip();
			if (name.isEmpty()) {
				bad.add(new Bad(at, Text.of("training.roster.row.nameMissing")));
				continue;
			}
			if (name.codePointCount(0, name.length()) > MAX_NAME) {
				bad.add(new Bad(at, Text.of("training.roster.row.nameTooLong")));
				continue;
			}
			Optional<Text> wrongId = ResidentIdNumbers.refusal(idNumber);
			if (wrongId.isPresent()) {
				bad.add(new Bad(at, wrongId.get()));
				continue;
			}
			PersonKey person = protector.personKey(idNumber);
			Integer first = seen.get(person);
			if (first != null) {
				bad.add(new Bad(at, Text.of("training.roster.row.duplicate", first)));
				continue;
			}
			if (onRoster.test(person)) {
				bad.add(new Bad(at, Text.of("training.roster.row.onRoster")));
				continue;
			}
			String phone = row.get(PHONE).strip();
			if (!phone.isEmpty() && !(WRITTEN.matcher(phone).matches()
					&& MOBILE.matcher(PersonalDataProtector.normalizePhone(phone)).matches())) {
				bad.add(new Bad(at, Text.of("training.roster.row.phone")));
				continue;
			}
			String hukouCell = row.get(HUKOU).strip();
			Optional<TraineeHukou> hukou = hukouWords.apply(hukouCell);
			if (hukou.isEmpty()) {
				bad.add(new Bad(at, Text.of("training.roster.row.hukou", hukouCell)));
				continue;
			}
			seen.put(person, at);
			good.add(new Good(at, name, idNumber, person, phone.isEmpty() ? null : PersonalDataProtector.normalizePhone(phone),
					hukou.get()));
		}
		if (good.isEmpty() && bad.isEmpty()) {
			throw RuleBroken.at("file", "training.roster.import.noRows");
		}
		return new Parsed(good, bad);
	}

}

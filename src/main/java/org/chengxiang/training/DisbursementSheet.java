package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.List;

import org.chengxiang.platform.web.ReaderLocale;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A batch's payment details (拨付明细) as an Excel sheet: one row per claim, in the reader's language. */
@Component
class DisbursementSheet {

	private static final List<String> HEADER = List.of("provider", "kind", "creditCode", "claim", "granted", "amount",
			"paid", "difference", "reason");

	private final MessageSource messages;

	DisbursementSheet(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<byte[]> of(DisbursementQueries.BatchDetail detail) {
		List<List<String>> rows = detail.lines()
			.stream()
			.map(l -> List.of(l.provider(), word("training.report.kind." + l.kind()), l.creditCode(), l.number(),
					String.valueOf(l.granted()), money(l.amount()), money(l.paid()), money(l.difference()),
					l.reason() == null ? "" : l.reason()))
			.toList();
		List<String> header = HEADER.stream().map(h -> word("training.disbursement.sheet." + h)).toList();
		String number = detail.batch().number();
		return Spreadsheets.download(word("training.disbursement.sheet.file", number),
				Spreadsheets.write(number, header, rows));
	}

	private static String money(BigDecimal amount) {
		return amount == null ? "" : amount.setScale(2).toPlainString();
	}

	private String word(String key, Object... args) {
		return messages.getMessage(key, args, ReaderLocale.current());
	}

}

package org.chengxiang.training;

import java.util.ArrayList;
import java.util.List;

import org.chengxiang.platform.web.ReaderLocale;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The training report as an Excel workbook: a sheet per table of the page, in the reader's language. */
@Component
class TrainingReportWorkbook {

	private final MessageSource messages;

	TrainingReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<byte[]> of(TrainingReportQueries.TrainingReport report) {
		List<Spreadsheets.NamedSheet> sheets = List.of(
				figures("town", report.towns(), l -> l.name().isEmpty() ? word("training.report.town.unknown") : l.name()),
				figures("occupation", report.occupations(), l -> l.name()),
				figures("type", report.types(), l -> typeName(l.code())),
				new Spreadsheets.NamedSheet(word("training.report.sheet.subsidy"),
						List.of(word("training.report.provider"), word("training.report.kind"),
								word("training.report.claims"), word("training.report.paidTrainees"),
								word("training.report.paid")),
						report.subsidies()
							.stream()
							.map(s -> List.of(s.provider(), word("training.report.kind." + s.kind()),
									String.valueOf(s.claims()), String.valueOf(s.trainees()),
									s.paid().setScale(2).toPlainString()))
							.toList()));
		return Spreadsheets.download(word("training.report.file", String.valueOf(report.year())),
				Spreadsheets.write(sheets));
	}

	private Spreadsheets.NamedSheet figures(String part, List<TrainingReportQueries.Line> lines,
			java.util.function.Function<TrainingReportQueries.Line, String> name) {
		List<List<String>> rows = new ArrayList<>();
		for (TrainingReportQueries.Line line : lines) {
			TrainingReportQueries.Figures f = line.figures();
			rows.add(List.of(name.apply(line), String.valueOf(f.classes()), String.valueOf(f.trainees()),
					String.valueOf(f.migrants()), String.valueOf(f.completions()), String.valueOf(f.certificates())));
		}
		return new Spreadsheets.NamedSheet(word("training.report.sheet." + part),
				List.of(word("training.report.by." + part), word("training.report.classes"),
						word("training.report.trainees"), word("training.report.migrants"),
						word("training.report.completions"), word("training.report.certificates")),
				rows);
	}

	/** A training type in words; the type's own words are the catalogue's messages. */
	String typeName(String type) {
		return messages.getMessage("training.type." + type, null, type, ReaderLocale.current());
	}

	private String word(String key, Object... args) {
		return messages.getMessage(key, args, ReaderLocale.current());
	}

}

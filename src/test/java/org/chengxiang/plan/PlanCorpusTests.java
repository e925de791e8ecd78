package org.chengxiang.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published plans of other cities and counties, each annotated by hand with every task's lead and
 * co-units ({@code plans/corpus/*.expected}). The parser is measured over (task, unit, role) triples of
 * the whole set; a plan marked {@code # expect: refusal} must be refused in words, not guessed at.
 */
class PlanCorpusTests {

	private static final double TARGET_F1 = 0.98;

	private final PlanDocumentParser parser = new PlanDocumentParser();

	/** One annotated fact: the task's number under its chapter's, the role and the unit as written. */
	record Triple(String task, String role, String unit) {

		static Triple of(String line) {
			String[] fields = line.split("\t");
			if (fields.length != 3) {
				throw new IllegalArgumentException("an annotation line is task TAB role TAB unit: " + line);
			}
			return new Triple(fields[0].strip(), fields[1].strip(), fields[2].strip());
		}

	}

	/** A corpus document: its name, whether it is to be refused, its text without the header, its annotation. */
	record Document(String name, boolean refusal, String text, Set<Triple> expected) {
	}

	record Score(int truePositives, int falsePositives, int falseNegatives) {

		Score plus(Score other) {
			return new Score(this.truePositives + other.truePositives, this.falsePositives + other.falsePositives,
					this.falseNegatives + other.falseNegatives);
		}

		double precision() {
			int found = this.truePositives + this.falsePositives;
			return (found == 0) ? 1.0 : (double) this.truePositives / found;
		}

		double recall() {
			int expected = this.truePositives + this.falseNegatives;
			return (expected == 0) ? 1.0 : (double) this.truePositives / expected;
		}

		double f1() {
			double sum = precision() + recall();
			return (sum == 0) ? 0 : 2 * precision() * recall() / sum;
		}

		String describe() {
			return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
					this.truePositives, this.falsePositives, this.falseNegatives);
		}

	}

	@Test
	void readsPublishedPlansOfOtherCitiesWithAtLeastTheTargetF1() {
		List<Document> corpus = corpus();
		assertThat(corpus.stream().filter((document) -> !document.refusal())).hasSizeGreaterThanOrEqualTo(15);
		Score total = new Score(0, 0, 0);
		List<String> report = new ArrayList<>();
		List<String> misses = new ArrayList<>();
		for (Document document : corpus) {
			if (document.refusal()) {
				continue;
			}
			Set<Triple> found;
			String refused = "";
			try {
				found = triples(this.parser.parse(document.text()));
			}
			catch (NotAPlanException ex) {
				// a plan refused though it can be read counts as every triple missed
				found = Set.of();
				refused = "  refused: " + ex.getMessage();
			}
			Score score = score(document.expected(), found);
			total = total.plus(score);
			report.add(String.format(Locale.ROOT, "  %-32s %s%s", document.name(), score.describe(), refused));
			Set<Triple> parsed = found;
			parsed.stream().filter((triple) -> !document.expected().contains(triple))
				.forEach((triple) -> misses.add("  " + document.name() + " extra   " + triple));
			document.expected().stream().filter((triple) -> !parsed.contains(triple))
				.forEach((triple) -> misses.add("  " + document.name() + " missing " + triple));
		}
		System.out.println("Plan corpus, (task, unit, role) triples per document:");
		report.forEach(System.out::println);
		System.out.println("  overall                          " + total.describe());
		misses.forEach(System.out::println);
		assertThat(total.f1()).as("overall F1 over the corpus").isGreaterThanOrEqualTo(TARGET_F1);
	}

	@Test
	void refusesInWordsTheStylesItCannotRead() {
		List<Document> refusals = corpus().stream().filter(Document::refusal).toList();
		assertThat(refusals).isNotEmpty();
		System.out.println("Plan corpus, expected refusals (counted apart from the F1):");
		for (Document document : refusals) {
			String message = null;
			try {
				this.parser.parse(document.text());
			}
			catch (NotAPlanException ex) {
				message = ex.getMessage();
			}
			System.out.println("  " + document.name() + ": " + ((message != null) ? "refused, " + message : "NOT refused"));
			assertThat(message).as(document.name() + " is refused").isNotNull();
			assertThat(message).as("the refusal names the style, by a message key")
				.isNotEqualTo(NotAPlanException.NO_TASKS)
				.startsWith("plan.notAPlan.");
		}
	}

	private static Set<Triple> triples(ParsedPlan plan) {
		Set<Triple> triples = new LinkedHashSet<>();
		for (ParsedChapter chapter : plan.chapters()) {
			for (ParsedTask task : chapter.tasks()) {
				String key = chapter.number().isEmpty() ? task.number() : chapter.number() + "/" + task.number();
				for (ParsedUnit unit : task.departments()) {
					triples.add(new Triple(key, (unit.role() == UnitRole.LEAD) ? "lead" : "co", unit.name()));
				}
			}
		}
		return triples;
	}

	private static Score score(Set<Triple> expected, Set<Triple> found) {
		int truePositives = (int) found.stream().filter(expected::contains).count();
		return new Score(truePositives, found.size() - truePositives, expected.size() - truePositives);
	}

	static List<Document> corpus() {
		try (Stream<Path> files = Files.list(Path.of(PlanCorpusTests.class.getResource("/plans/corpus").toURI()))) {
			List<Document> documents = new ArrayList<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".txt")).sorted().toList()) {
				documents.add(document(file));
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Document document(Path file) throws IOException {
		String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		int body = 0;
		boolean refusal = false;
		while (body < lines.size() && lines.get(body).startsWith("#")) {
			assertThat(lines.get(body)).as(name + " header").matches("# (source|title|expect): .+");
			refusal |= lines.get(body).equals("# expect: refusal");
			body++;
		}
		assertThat(lines.get(0)).as(name + " names its source").startsWith("# source: http");
		String text = String.join("\n", lines.subList(body, lines.size()));
		Path annotation = file.resolveSibling(name + ".expected");
		Set<Triple> expected = new LinkedHashSet<>();
		if (!refusal) {
			for (String line : Files.readAllLines(annotation, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					expected.add(Triple.of(line));
				}
			}
		}
		return new Document(name, refusal, text, expected);
	}

}

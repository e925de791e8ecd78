package org.chengxiang.platform.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit action recorded anywhere in the code reads as a sentence in both languages, and every kind of
 * subject has its words. The actions are found in the sources: the literal first argument of
 * {@code AuditEvent.of(…)}; for {@code "case." + action}, the literals passed as {@code action} to the method
 * around it; for a variable action, the literals of the file that start with the subject type.
 */
class AuditSentencesTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern DOTTED = Pattern.compile("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9+-]*)+$");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern PREFIXED = Pattern.compile("^\"([a-z.-]+\\.)\"\\s*\\+\\s*(\\w+)$");

	@Test
	void everyActionInTheCodeHasASentenceInBothLanguages() throws IOException {
		Found found = scan();
		assertThat(found.actions()).as("actions found in the code").hasSizeGreaterThan(50)
			.contains("application.approve", "case.verify-pass", "assignment.signed", "notice.read");
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = messages(file);
			assertThat(found.actions().stream().filter(action -> !messages.containsKey("audit.action." + action)))
				.as("actions without a sentence in " + file)
				.isEmpty();
			assertThat(found.subjects().stream().filter(type -> !messages.containsKey("audit.subject." + type)))
				.as("subject types without words in " + file)
				.isEmpty();
		}
	}

	@Test
	void findsActionsBuiltFromAPrefixAndTheHelpersArgument() {
		String source = """
				class Desk {
					void approve() { save(application, clerk, "approve", before, "意见"); }
					private void save(Application application, CurrentUser user, String action, Status before, String note) {
						audit.record(AuditEvent.of("application." + action, "application", application.number(), null, null));
					}
				}
				""";
		Found found = new Found(new TreeSet<>(), new TreeSet<>());
		collect(source, found);
		assertThat(found.actions()).containsExactly("application.approve");
		assertThat(found.subjects()).containsExactly("application");
	}

	record Found(Set<String> actions, Set<String> subjects) {
	}

	static Found scan() throws IOException {
		Found found = new Found(new TreeSet<>(), new TreeSet<>());
		try (Stream<Path> files = Files.walk(SOURCES)) {
			// a desk's helper that records "case." + action is called from the package's other desks too
			Map<Path, List<Path>> packages = files.filter(f -> f.toString().endsWith(".java"))
				.collect(java.util.stream.Collectors.groupingBy(Path::getParent));
			for (List<Path> members : packages.values()) {
				StringBuilder packageSources = new StringBuilder();
				for (Path file : members) {
					packageSources.append(Files.readString(file)).append('\n');
				}
				for (Path file : members) {
					collect(Files.readString(file), packageSources.toString(), found);
				}
			}
		}
		return found;
	}

	static void collect(String source, Found found) {
		collect(source, source, found);
	}

	static void collect(String source, String packageSources, Found found) {
		Matcher call = Pattern.compile("AuditEvent\\.of\\(").matcher(source);
		while (call.find()) {
			List<String> arguments = arguments(source, call.end());
			String action = arguments.get(0);
			List<String> subject = literals(arguments.size() > 1 ? arguments.get(1) : "");
			found.subjects().addAll(subject);
			Matcher prefixed = PREFIXED.matcher(action);
			if (prefixed.matches()) {
				helperLiterals(source, packageSources, call.start(), prefixed.group(2))
					.forEach(word -> found.actions().add(prefixed.group(1) + word));
			}
			else if (!literals(action).isEmpty()) {
				literals(action).stream().filter(text -> DOTTED.matcher(text).matches()).forEach(found.actions()::add);
			}
			else if (!subject.isEmpty()) {
				literals(source).stream()
					.filter(text -> DOTTED.matcher(text).matches() && text.startsWith(subject.get(0) + "."))
					.forEach(found.actions()::add);
			}
		}
	}

	/** The literal words passed as the parameter {@code name} to the method declared before {@code at}. */
	private static List<String> helperLiterals(String source, String packageSources, int at, String name) {
		return helperLiterals(source, packageSources, at, name, 0);
	}

	private static List<String> helperLiterals(String source, String packageSources, int at, String name, int depth) {
		Matcher declaration = Pattern.compile("(\\w+)\\(([^()]*String\\s+" + name + "\\b[^()]*)\\)\\s*\\{")
			.matcher(source.substring(0, at));
		String method = null;
		int position = -1;
		while (declaration.find()) {
			method = declaration.group(1);
			String[] parameters = declaration.group(2).split(",");
			for (int i = 0; i < parameters.length; i++) {
				if (parameters[i].strip().endsWith(" " + name)) {
					position = i;
				}
			}
		}
		List<String> words = new ArrayList<>();
		if (method == null) {
			return words;
		}
		Matcher calls = Pattern.compile("\\b" + method + "\\(").matcher(packageSources);
		while (calls.find()) {
			List<String> arguments = arguments(packageSources, calls.end());
			if (arguments.size() > position && arguments.get(position).matches("\"[a-z][a-z0-9-]*\"")) {
				words.add(arguments.get(position).substring(1, arguments.get(position).length() - 1));
			}
			else if (arguments.size() > position && arguments.get(position).matches("\\w+") && depth < 2
					&& !arguments.get(position).equals(name)) {
				// passed on from a helper's own parameter: the literals given to that helper
				words.addAll(helperLiterals(packageSources, packageSources, calls.start(), arguments.get(position),
						depth + 1));
			}
			else if (arguments.size() > position && arguments.get(position).equals(name) && depth < 2) {
				words.addAll(helperLiterals(packageSources, packageSources, calls.start(), name, depth + 1));
			}
		}
		return words;
	}

	/** The top-level arguments of a call whose opening parenthesis ends just before {@code start}. */
	private static List<String> arguments(String source, int start) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		char quote = 0;
		for (int i = start; i < source.length(); i++) {
			char c = source.charAt(i);
			if (quote != 0) {
				current.append(c);
				if (c == '\\') {
					current.append(source.charAt(++i));
				}
				else if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
				current.append(c);
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
				current.append(c);
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (depth == 0) {
					arguments.add(current.toString().strip());
					return arguments;
				}
				depth--;
				current.append(c);
			}
			else if (c == ',' && depth == 0) {
				arguments.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		arguments.add(current.toString().strip());
		return arguments;
	}

	private static List<String> literals(String text) {
		List<String> found = new ArrayList<>();
		Matcher literal = LITERAL.matcher(text);
		while (literal.find()) {
			found.add(literal.group(1));
		}
		return found;
	}

	private static Properties messages(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}

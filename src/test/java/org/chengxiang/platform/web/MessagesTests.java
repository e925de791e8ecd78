package org.chengxiang.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads comes from the messages files, in both languages.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MAIN_JAVA = Path.of("src/main/java");

	/** The message key of a menu entry: {@code link(110, "nav.services", ...)} or {@code heading(100, "...", ...)}. */
	private static final Pattern MENU_KEY = Pattern.compile("(?:link|heading)\\(\\s*\\d+,\\s*\"([^\"]+)\"");

	private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void templatesHoldNoHardCodedChinese() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			files.filter(p -> p.toString().endsWith(".html")).forEach(file -> {
				try {
					assertThat(CJK.matcher(Files.readString(file)).find())
						.as("Chinese text belongs in messages.properties, not in %s", file)
						.isFalse();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
	}

	@Test
	void everyKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(used).allSatisfy(key -> {
			assertThat(zh).as("zh %s", key).containsKey(key);
			assertThat(en).as("en %s", key).containsKey(key);
		});
	}

	@Test
	void everyMenuEntryHasItsTextInBothLanguages() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
			for (Path file : files.filter(p -> p.getFileName().toString().endsWith("Navigation.java")).toList()) {
				Matcher matcher = MENU_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).contains("nav.home", "nav.services");
		assertThat(used).allSatisfy(key -> {
			assertThat(zh).as("zh %s", key).containsKey(key);
			assertThat(en).as("en %s", key).containsKey(key);
		});
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
	}

	@Test
	void noMessageGluesTwoLanguages() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as(file).allSatisfy(key -> {
				String value = messages.getProperty(key);
				assertThat(Wording.inLanguage(value, java.util.Locale.ENGLISH)).as("%s %s", file, key).isEqualTo(value);
			});
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

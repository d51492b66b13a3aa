package org.regiolab.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German and English stay in step, and templates carry no text of their own: every text a user
 * reads comes from a message bundle.
 */
class MessageBundlesTest {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
	// a tag, then text up to the next tag; the text must be replaced by a th: attribute of that tag
	static final Pattern TEXT_AFTER_TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>([^<]*)");

	@Test
	void everyKeyExistsInGermanAndEnglish() throws IOException {
		for (String bundle : bundleNames()) {
			Set<String> german = keys(bundle + "_de.properties");
			Set<String> english = keys(bundle + "_en.properties");
			assertThat(german).as("keys of %s_de missing in %s_en", bundle, bundle).isEqualTo(english);
		}
	}

	@Test
	void germanTextsUseUmlautsNotTheirSubstitutes() throws IOException {
		Properties german = load("web_de.properties");
		german.putAll(load("accounts_de.properties"));
		german.putAll(load("platform_de.properties"));
		assertThat(german.values().stream().map(String::valueOf))
			.noneMatch(text -> text.matches(".*\\b(fuer|koennen|Schluessel|ueber|Aenderung|moeglich)\\b.*"));
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : bundleNames()) {
			known.addAll(keys(bundle + "_de.properties"));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = TEXT_AFTER_TAG.matcher(html);
			while (matcher.find()) {
				String text = matcher.group(4).strip();
				boolean replaced = matcher.group(1).isEmpty() && matcher.group(3).matches("(?s).*th:(text|utext|errors|replace)=.*");
				if (!text.isEmpty() && !replaced && !text.equals("RegioLab")) {
					literal.add(TEMPLATES.relativize(template) + ": " + text);
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

	private static Set<String> bundleNames() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith("_de.properties"))
				.map(name -> name.substring(0, name.length() - "_de.properties".length()))
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	private static Set<String> keys(String file) throws IOException {
		return new TreeSet<>(load(file).stringPropertyNames());
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(BUNDLES.resolve(file));
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}

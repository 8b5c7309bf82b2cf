package vn.mattran.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a page names exists in Vietnamese and in English, so no reader ever sees a bare key. */
class MessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[(}]");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("messages.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages_en.properties").stringPropertyNames());
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				TEMPLATE_KEY.matcher(Files.readString(template)).results()
					.map(match -> match.group(1))
					.filter(key -> !known.contains(key))
					.forEach(key -> missing.add(template.getFileName() + ": " + key));
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}

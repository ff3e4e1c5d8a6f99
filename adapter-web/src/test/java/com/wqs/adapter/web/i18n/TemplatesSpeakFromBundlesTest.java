package com.wqs.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a page, the PDF or an e-mail shows comes from the message bundles, in English and in Spanish:
 * no literal text in the templates, the two languages have the same keys, and every key the templates and
 * the web adapter's code name exists.
 */
class TemplatesSpeakFromBundlesTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:\\.t|localize|\\.text|\\btext)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void noTemplateHasLiteralText() throws IOException {
        Map<String, List<String>> literals = new LinkedHashMap<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString();
            List<String> found = TemplateText.literals(Files.readString(template, StandardCharsets.UTF_8));
            if (!found.isEmpty()) {
                literals.put(name, found);
            }
        }
        assertThat(literals).as("literal text in templates; put it in src/main/resources/i18n/*_en/_es.properties")
                .isEmpty();
    }

    @Test
    void theScannerFindsTextBetweenTagsAndInSpokenAttributesButNotInCode() {
        String template = """
                @import com.example.Thing
                @param Thing thing
                <h1>${shell.t("quotes.title")}</h1>
                <p>Sign in</p>
                @if(thing.ready())<span>${thing.name()}</span>@else<em title="Not ready">·</em>@endif
                <input placeholder="${shell.t("quotes.search")}" value="SLD-2L">
                <script>const label = "Hello";</script>
                <%-- a comment with words --%>
                <td>${thing.count()} × ${thing.size()} mm</td>
                """;

        assertThat(TemplateText.literals(template))
                .containsExactly("line 4: Sign in", "line 5: Not ready", "line 9: × mm");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> english = Messages.of(com.wqs.domain.shared.Language.ENGLISH).keys();
        Set<String> spanish = Messages.of(com.wqs.domain.shared.Language.SPANISH).keys();

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        Set<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        assertThat(onlyEnglish).as("keys without a Spanish text").isEmpty();
        assertThat(onlySpanish).as("keys without an English text").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesAndCodeNameExists() throws IOException {
        Set<String> known = Messages.of(com.wqs.domain.shared.Language.ENGLISH).keys();
        Set<String> missing = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> code = Files.walk(SOURCES)) {
            files = Stream.concat(templates().stream(), code.filter(p -> p.toString().endsWith(".java")))
                    .toList();
        }
        for (Path file : files) {
            Matcher use = KEY_USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (use.find()) {
                if (!known.contains(use.group(1))) {
                    missing.add(use.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("texts named but not in the bundles").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }
}

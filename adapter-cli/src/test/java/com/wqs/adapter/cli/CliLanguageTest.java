package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.cli.output.CliTexts;
import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.shared.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The human output in English or Spanish: {@code --lang}, then {@code $WQS_LANG}, then the installation's. */
class CliLanguageTest {
    private static final Pattern HEADER = Pattern.compile("\\.(?:left|right|styled)\\(\"([^\"]*\\p{L}[^\"]*)\"");

    @TempDir
    Path directory;
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(directory.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
    }

    @Test
    void statisticsSpeakTheLanguageAskedFor() {
        String english = cli.ok("stats").out();
        String spanish = cli.ok("--lang", "es", "stats").out();

        assertThat(english).contains("Quotes", "Win rate", "STATUS", "COUNT");
        assertThat(spanish).contains("Cotizaciones", "Tasa de cierre", "ESTADO", "CANTIDAD")
                .doesNotContain("Win rate", "STATUS");
    }

    @Test
    void theEnvironmentChoosesTheLanguageAndTheOptionWins() {
        cli.env("WQS_LANG", "es");

        assertThat(cli.ok("stats").out()).contains("Tasa de cierre");
        assertThat(cli.ok("--lang", "en", "stats").out()).contains("Win rate");
    }

    @Test
    void jsonStaysTheSameInEveryLanguage() {
        assertThat(cli.ok("--lang", "es", "stats", "--json").out()).isEqualTo(cli.ok("stats", "--json").out());
    }

    @Test
    void aLanguageTheWorkplaceDoesNotSpeakIsAUsageError() {
        Cli.Result result = cli.run("--lang", "fr", "stats");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'fr' is not a language of this workplace: en or es");
    }

    @Test
    void errorsAreIntroducedInTheLanguage() {
        Cli.Result result = cli.run("--lang", "es", "customer", "add", "--name", "Acme", "--email", "not-an-address");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("error: datos no válidos").contains("email");
    }

    @Test
    void everyTableHeaderHasATextInBothLanguages() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher header = HEADER.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (header.find()) {
                    String key = CliTexts.headerKey(header.group(1));
                    for (Language language : Language.values()) {
                        if (!CliTexts.of(language).has(key)) {
                            missing.add(key + " (" + language.tag() + ", " + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Messages english = CliTexts.of(Language.ENGLISH);
        Messages spanish = CliTexts.of(Language.SPANISH);

        assertThat(spanish.keys()).containsExactlyElementsOf(english.keys());
    }
}

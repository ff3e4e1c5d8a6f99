package com.wqs.adapter.cli;

import com.wqs.domain.shared.Language;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/** Options every command accepts (inherited by all subcommands). */
public final class GlobalOptions {
    /** The database used when neither {@code --db}, {@code --jdbc-url} nor their variables are given. */
    public static final String DEFAULT_DB_FILE = "wqs.db";

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "SQLite database file (default: $WQS_DB, else ./" + DEFAULT_DB_FILE + ").")
    Path db;

    @Option(names = "--jdbc-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "JDBC URL of a PostgreSQL database instead of SQLite (default: $WQS_JDBC_URL).")
    String jdbcUrl;

    @Option(names = "--as", paramLabel = "EMAIL", scope = ScopeType.INHERIT,
            description = "Act as this user (default: $WQS_AS, else the first active ADMIN by email).")
    String as;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print machine-readable JSON on stdout and nothing else.")
    boolean json;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
            description = "Language of the human output: en or es (default: $WQS_LANG, else the installation's).")
    Language lang;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log more, and print the stack trace of unexpected errors.")
    boolean verbose;

    public boolean json() {
        return json;
    }

    /** Null when not given. */
    public Language lang() {
        return lang;
    }

    public boolean verbose() {
        return verbose;
    }

    public String as() {
        return as;
    }

    public Path db() {
        return db;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** {@code en}, {@code es} (or {@code es-MX}, {@code english}...); anything else is a usage error. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a language of this workplace: en or es"));
        }
    }
}

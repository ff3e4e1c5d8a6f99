package com.wqs.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --db} or {@code --jdbc-url} that cannot be used gives one line naming the option and the problem,
 * and exit code 2 (10 for a PostgreSQL server that does not answer), never a connection pool's stack trace;
 * nothing is created on the way.
 */
class BadDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aFolderAMissingFolderAndAFileThatIsNotSqliteAreNamedInOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        assertOneLine(run("--db", folder.toString()), 2, "--db " + folder + ": is a folder, not a database file");

        Path missing = dir.resolve("no-such-folder").resolve("shop.db");
        assertOneLine(run("--db", missing.toString()), 2, "the folder " + missing.getParent() + " does not exist");
        assertThat(missing.getParent()).doesNotExist();

        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a database, just some notes", StandardCharsets.UTF_8);
        assertOneLine(run("--db", text.toString()), 2, "--db " + text + ": is not a SQLite database file");
        assertThat(Files.readString(text)).isEqualTo("not a database, just some notes");
    }

    @Test
    void theVariableIsNamedWhenItChoseTheDatabase() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Cli.Result result = new Cli(dir.resolve("unused.db")).env("WQS_DB", folder.toString())
                .runRaw("material", "list");
        assertOneLine(result, 2, "$WQS_DB " + folder + ": is a folder");
    }

    @Test
    void aJdbcUrlThatIsNotPostgresIsAUsageErrorAndAServerThatDoesNotAnswerIsUnavailable() {
        assertOneLine(run("--jdbc-url", "jdbc:mysql://127.0.0.1/shop?user=u&password=secret"), 2,
                "--jdbc-url jdbc:mysql://127.0.0.1/shop: not a PostgreSQL JDBC URL");
        // port 1 on the loopback: nothing listens there, the connection is refused at once
        Cli.Result refused = run("--jdbc-url", "jdbc:postgresql://127.0.0.1:1/shop?user=u&password=secret");
        assertOneLine(refused, 10, "--jdbc-url jdbc:postgresql://127.0.0.1:1/shop: cannot reach the database server");
        assertThat(refused.err()).doesNotContain("secret");
    }

    @Test
    void withJsonTheProblemIsOneJsonObject() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Cli.Result result = run("--db", folder.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errorJson().get("code").asText()).isEqualTo("database.unusable");
        assertThat(result.errorJson().get("message").asText()).contains("is a folder");
    }

    private Cli.Result run(String... databaseAndMore) {
        String[] args = new String[databaseAndMore.length + 2];
        System.arraycopy(databaseAndMore, 0, args, 0, databaseAndMore.length);
        args[databaseAndMore.length] = "material";
        args[databaseAndMore.length + 1] = "list";
        return new Cli(dir.resolve("unused.db")).runRaw(args);
    }

    private void assertOneLine(Cli.Result result, int exitCode, String expected) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).startsWith("error: ").contains(expected).doesNotContain("\n", "Exception",
                "\tat ");
        assertThat(dir.resolve("unused.db")).doesNotExist();
    }
}

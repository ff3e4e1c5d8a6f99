package com.wqs.adapter.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wqs.adapter.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Own password change, API tokens and login throttles from the command line. */
class AccountCommandsTest {
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void installation() {
        cli = new Cli(dir.resolve("wqs.db"));
        cli.ok("user", "add", "--role", "ADMIN", "--email", "owner@shop.example", "--name", "Owner",
                "--password=long-password-1");
        cli.ok("user", "add", "--role", "SALES", "--email", "sam@shop.example", "--name", "Sam",
                "--password=long-password-2");
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOneAndTheirTokensAreRevoked() {
        cli.ok("--as", "sam@shop.example", "token", "create", "--name", "script", "--days", "30");
        assertThat(cli.json("--as", "sam@shop.example", "token", "list")).hasSize(1);

        Cli.Result wrong = cli.run("--as", "sam@shop.example", "user", "change-password",
                "--current-password=not-my-password", "--password=seven blue lanterns");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).contains("currentPassword");
        Cli.Result common = cli.run("--as", "sam@shop.example", "user", "change-password",
                "--current-password=long-password-2", "--password=iloveyou");
        assertThat(common.exitCode()).isEqualTo(3);

        cli.ok("--as", "sam@shop.example", "user", "change-password", "--current-password=long-password-2",
                "--password=seven blue lanterns");
        assertThat(cli.json("--as", "sam@shop.example", "token", "list")).isEmpty();
    }

    @Test
    void tokensAreCreatedListedWithoutSecretsAndRevokedByTheirOwnerOrAnAdmin() {
        JsonNode created = cli.json("--as", "sam@shop.example", "token", "create", "--name", "export");
        String id = created.get("token").get("id").asText();
        assertThat(created.get("secret").asText()).isNotBlank();
        assertThat(created.get("token").get("owner").asText()).isEqualTo("sam@shop.example");

        JsonNode all = cli.json("token", "list", "--all");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).has("tokenHash")).isFalse();
        assertThat(all.get(0).has("secret")).isFalse();
        assertThat(cli.run("--as", "sam@shop.example", "token", "list", "--all").exitCode()).isNotZero();
        assertThat(cli.run("--as", "sam@shop.example", "token", "create", "--name", "x", "--days", "400").exitCode())
                .isEqualTo(3);

        cli.ok("token", "revoke", id);
        assertThat(cli.json("token", "list", "--all")).isEmpty();
        assertThat(cli.run("token", "revoke", id).exitCode()).isEqualTo(4);
    }

    @Test
    void anAdminListsAndClearsLoginThrottles() {
        assertThat(cli.json("login-throttle", "list")).isEmpty();
        assertThat(cli.run("login-throttle", "clear", "nonsense").exitCode()).isEqualTo(3);
        cli.ok("login-throttle", "clear", "account:sam@shop.example");
        assertThat(cli.run("--as", "sam@shop.example", "login-throttle", "list").exitCode()).isNotZero();
    }
}

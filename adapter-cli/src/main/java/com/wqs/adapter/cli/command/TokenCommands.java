package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.CreatedApiToken;
import com.wqs.application.port.out.ApiToken;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "token", description = {"Bearer API tokens of the acting user (--as EMAIL); an ADMIN also sees and",
        "revokes everyone's. A token expires (default 90 days) and is revoked by a password change or reset."})
public final class TokenCommands {
    private final CliContext context;

    public TokenCommands(CliContext context) {
        this.context = context;
    }

    /** A token as the CLI shows it: never its hash. */
    record TokenView(String id, String owner, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
    }

    /** A new token with its secret, shown this once. */
    record CreatedView(TokenView token, String secret) {
    }

    @Command(footer = {"", "Examples:", "  wqs token list --all", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List your API tokens (--all: everyone's, ADMIN only).")
    public int list(@Option(names = "--all", description = "Every user's tokens (ADMIN).") boolean all) {
        AuthenticationUseCase auth = context.useCases().authentication();
        List<ApiToken> tokens = all ? auth.listAllApiTokens(context.actor()) : auth.listApiTokens(context.actor());
        Map<UserId, String> emails = context.store().transactions().readOnly(() -> context.store().users().findAll())
                .stream().collect(Collectors.toMap(User::id, User::email));
        List<TokenView> views = tokens.stream().map(t -> view(t, emails)).toList();
        Output out = context.output();
        out.result(views, () -> {
            Table table = new Table().left("NAME").left("OWNER").left("CREATED").left("EXPIRES").left("LAST USED")
                    .left("ID");
            var formats = context.formats();
            views.forEach(t -> table.row(t.name(), t.owner(), formats.dateTime(t.createdAt()),
                    formats.dateTime(t.expiresAt()), t.lastUsedAt() == null ? "never" : formats.dateTime(t.lastUsedAt()),
                    t.id()));
            out.table(table);
        });
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs token create --name \"Spreadsheet import\" --days 30", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "create", description = "Create an API token for yourself; its secret is printed only this once.")
    public int create(
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "What it is for.") String name,
            @Option(names = "--days", paramLabel = "DAYS", description = "Valid for 1 to 365 days (default 90).")
                    Integer days) {
        CreatedApiToken created = context.useCases().authentication().createApiToken(context.actor(), name, days);
        String owner = context.useCases().authentication().me(context.actor()).email();
        CreatedView view = new CreatedView(view(created.token(), Map.of(created.token().userId(), owner)),
                created.secret());
        Output out = context.output();
        out.result(view, () -> {
            out.line(out.text("cli.token.created", created.token().name(), created.token().id(),
                    context.formats().dateTime(created.token().expiresAt())));
            out.line(out.text("cli.token.secret-once"));
            out.line(created.secret());
        });
        return 0;
    }

    @Command(name = "revoke", description = "Revoke an API token: yours, or anyone's as an ADMIN.")
    public int revoke(@Parameters(paramLabel = "ID") String id) {
        ApiTokenId tokenId;
        try {
            tokenId = new ApiTokenId(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("api_token", id);
        }
        context.useCases().authentication().revokeApiToken(context.actor(), tokenId);
        Output out = context.output();
        out.result(Map.of("revoked", tokenId.toString()), () -> out.line("Revoked API token " + tokenId));
        return 0;
    }

    private static TokenView view(ApiToken token, Map<UserId, String> emails) {
        return new TokenView(token.id().toString(), emails.getOrDefault(token.userId(), token.userId().toString()),
                token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt());
    }
}

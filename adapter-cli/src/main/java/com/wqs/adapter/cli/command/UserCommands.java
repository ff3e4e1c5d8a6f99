package com.wqs.adapter.cli.command;

import com.wqs.adapter.cli.CliContext;
import com.wqs.adapter.cli.ExitCodes;
import com.wqs.adapter.cli.output.Output;
import com.wqs.adapter.cli.output.Table;
import com.wqs.application.port.in.ManageUsersUseCase;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.PasswordChangeCommand;
import com.wqs.application.port.in.UserUpdateCommand;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", description = "Manage users (ADMIN only, except the very first ADMIN).")
public final class UserCommands {
    /** What a wrong current password counts against in the login throttle: the CLI has no client address. */
    private static final String CLI_ADDRESS = "cli";

    private final CliContext context;

    public UserCommands(CliContext context) {
        this.context = context;
    }

    @Command(footer = {"", "Examples:", "  wqs user add --role SALES --email kim@demo.local --name \"Kim Lee\" --password \"tall ladder blue river\"", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "add", description = {"Create a user.",
            "On an empty database this creates the first ADMIN (then --role ADMIN is required)."})
    public int add(
            @Option(names = "--email", required = true, paramLabel = "EMAIL") String email,
            @Option(names = "--name", required = true, paramLabel = "FULL_NAME",
                    description = "At most " + TextLimits.NAME + " characters.")
                            String name,
            @Option(names = "--role", defaultValue = "SALES", paramLabel = "ROLE",
                    description = "ADMIN, SALES or PRODUCTION (default: ${DEFAULT-VALUE}).") Role role,
            @Option(names = "--password", required = true, interactive = true, arity = "0..1", paramLabel = "PASSWORD",
                    description = "At least 8 characters (15 or more is better), not a common password, not containing the "
                            + "user's name, email or the company's name; asked for when given without a value.")
                    String password) {
        ManageUsersUseCase users = context.useCases().users();
        User user;
        if (context.store().users().count() == 0) {
            if (role != Role.ADMIN) {
                throw new ValidationException("--role", "the first user must be an ADMIN (--role ADMIN)");
            }
            user = users.createFirstAdmin(email, name, password);
        } else {
            user = users.create(context.actor(), new NewUserCommand(email, name, role, password));
        }
        Output out = context.output();
        out.result(user, () -> out.line(out.text("cli.user.created", user.role(), user.email(), user.id())));
        return 0;
    }

    @Command(footer = {"", "Examples:", "  wqs user list", "  wqs user list --json", "", ExitCodes.HELP_1, ExitCodes.HELP_2},
        name = "list", description = "List users.")
    public int list() {
        List<User> users = context.useCases().users().list(context.actor());
        Output out = context.output();
        out.result(users, () -> {
            Table table = new Table().left("EMAIL").left("NAME").left("ROLE").left("ACTIVE").left("ID");
            users.forEach(u -> table.row(u.email(), u.fullName(), u.role(), out.text(u.active() ? "cli.yes" : "cli.no"), u.id()));
            out.table(table);
        });
        return 0;
    }

    @Command(name = "passwd", description = {"Set a user's password as an ADMIN (a reset: no current password needed).",
            "Ends all their sessions and revokes all their API tokens. To change your own, use change-password."})
    public int passwd(
            @Parameters(paramLabel = "EMAIL") String email,
            @Option(names = "--password", required = true, interactive = true, arity = "0..1", paramLabel = "PASSWORD")
                    String password) {
        Actor actor = context.actor();
        User user = new Lookup(context).user(email);
        User changed = context.useCases().users().resetPassword(actor, user.id(), password);
        Output out = context.output();
        out.result(changed, () -> out.line(out.text("cli.user.password-reset", changed.email())));
        return 0;
    }

    @Command(name = "change-password", description = {"Change your own password: the acting user's (--as EMAIL).",
            "The current password is required. Ends all your sessions and revokes all your API tokens."})
    public int changePassword(
            @Option(names = "--current-password", required = true, interactive = true, arity = "0..1",
                    paramLabel = "PASSWORD", description = "Your current password; asked for when given without a value.")
                    String currentPassword,
            @Option(names = "--password", required = true, interactive = true, arity = "0..1", paramLabel = "PASSWORD",
                    description = "The new password (rules as for 'user add'); asked for when given without a value.")
                    String password) {
        User changed = context.useCases().authentication().changePassword(context.actor(),
                new PasswordChangeCommand(currentPassword, password, CLI_ADDRESS, null));
        Output out = context.output();
        out.result(changed, () -> out.line(out.text("cli.user.password-changed", changed.email())));
        return 0;
    }

    @Command(name = "disable", description = "Disable a user (ends their sessions; the last ADMIN stays).")
    public int disable(@Parameters(paramLabel = "EMAIL") String email) {
        Actor actor = context.actor();
        User user = new Lookup(context).user(email);
        User changed = context.useCases().users().update(actor, user.id(), new UserUpdateCommand(null, null, false));
        Output out = context.output();
        out.result(changed, () -> out.line(out.text("cli.user.disabled", changed.email())));
        return 0;
    }

}

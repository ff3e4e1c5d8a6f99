package com.wqs.adapter.web.api;

import com.wqs.adapter.web.api.dto.NewUserRequest;
import com.wqs.adapter.web.api.dto.PasswordResetRequest;
import com.wqs.adapter.web.api.dto.UserResponse;
import com.wqs.adapter.web.api.dto.UserUpdateRequest;
import com.wqs.adapter.web.json.JsonCodec;
import com.wqs.adapter.web.security.RequestAuth;
import com.wqs.application.port.in.ManageUsersUseCase;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.UserUpdateCommand;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import io.javalin.http.Context;

/** User administration (ADMIN only; the use case refuses everyone else). */
final class UserController implements ApiController {
    private final ManageUsersUseCase users;
    private final JsonCodec json;

    UserController(ManageUsersUseCase users, JsonCodec json) {
        this.users = users;
        this.json = json;
    }

    @Override
    public void routes(ApiRoutes api) {
        api.tag("users");
        api.get("/users", this::list).summary("All users (ADMIN)").returnsList(UserResponse.class).errors(403);
        api.post("/users", this::create).summary("Create a user (ADMIN)")
                .accepts(NewUserRequest.class).returns(201, UserResponse.class).errors(409);
        api.get("/users/{id}", this::get).summary("One user (ADMIN)").returns(UserResponse.class);
        api.patch("/users/{id}", this::update)
                .summary("Change a user's name, role or active flag (ADMIN); disabling ends their sessions")
                .description("The last active ADMIN cannot be demoted or disabled (409).")
                .accepts(UserUpdateRequest.class).returns(UserResponse.class).errors(409);
        api.post("/users/{id}/password", this::resetPassword)
                .summary("Set a new password for a user (ADMIN); ends their sessions")
                .accepts(PasswordResetRequest.class).returns(UserResponse.class);
    }

    private void list(Context ctx) {
        json.ok(ctx, users.list(RequestAuth.actor(ctx)).stream().map(UserResponse::from).toList());
    }

    private void create(Context ctx) {
        NewUserRequest r = json.read(ctx, NewUserRequest.class);
        User user = users.create(RequestAuth.actor(ctx), new NewUserCommand(r.email(), r.fullName(), r.role(),
                r.password()));
        ctx.header("Location", ApiRoutes.PREFIX + "/users/" + user.id());
        json.respond(ctx, 201, UserResponse.from(user));
    }

    private void get(Context ctx) {
        json.ok(ctx, UserResponse.from(users.get(RequestAuth.actor(ctx), id(ctx))));
    }

    private void update(Context ctx) {
        UserUpdateRequest r = json.read(ctx, UserUpdateRequest.class);
        User user = users.update(RequestAuth.actor(ctx), id(ctx), new UserUpdateCommand(r.fullName(), r.role(),
                r.active()));
        json.ok(ctx, UserResponse.from(user));
    }

    private void resetPassword(Context ctx) {
        PasswordResetRequest r = json.read(ctx, PasswordResetRequest.class);
        json.ok(ctx, UserResponse.from(users.resetPassword(RequestAuth.actor(ctx), id(ctx), r.password())));
    }

    private static UserId id(Context ctx) {
        return new UserId(Params.pathId(ctx, "id"));
    }
}

package com.wqs.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.inmemory.InMemoryStore;
import com.wqs.application.port.in.ManageUsersUseCase;
import com.wqs.application.port.in.NewUserCommand;
import com.wqs.application.port.in.UserUpdateCommand;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ForbiddenException;
import com.wqs.domain.shared.NotFoundException;
import com.wqs.domain.shared.ValidationException;
import com.wqs.domain.user.Actor;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import org.junit.jupiter.api.Test;

class UserServiceTest {
    private static final String NEW_PASSWORD = "a much longer secret";

    private final ServiceTestbed bed = new ServiceTestbed();
    private final ManageUsersUseCase users = bed.useCases.users();

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() {
        User created = users.create(bed.admin, new NewUserCommand("New.Seller@Example.com", "New Seller", Role.SALES, NEW_PASSWORD));

        assertThat(created.email()).isEqualTo("new.seller@example.com");
        assertThat(created.active()).isTrue();
        assertThat(created.passwordHash()).isNotEqualTo(NEW_PASSWORD);
        assertThat(users.findByEmail(bed.admin, "NEW.SELLER@example.com")).contains(created);
        assertThat(bed.useCases.authentication().login("new.seller@example.com", NEW_PASSWORD, "10.0.0.1").user().id())
                .isEqualTo(created.id());
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        assertThatThrownBy(() -> users.create(bed.admin, new NewUserCommand("SALES@example.com", "Copy", Role.SALES, NEW_PASSWORD)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("user.email_taken"));
    }

    @Test
    void everyBadFieldIsReportedAndNothingIsHashed() {
        int hashesBefore = bed.hasher.hashes();

        assertThatThrownBy(() -> users.create(bed.admin, new NewUserCommand("not-an-email", " ", null, "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("password", "email", "fullName", "role"));
        assertThat(users.list(bed.admin)).hasSize(4);
        assertThat(bed.hasher.hashes()).isEqualTo(hashesBefore);
    }

    @Test
    void onlyAdminsManageUsers() {
        for (Actor actor : new Actor[] {bed.sales, bed.production}) {
            assertThatThrownBy(() -> users.list(actor)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> users.get(actor, bed.salesUser.id())).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> users.create(actor, new NewUserCommand("x@example.com", "X", Role.ADMIN, NEW_PASSWORD)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> users.update(actor, actor.userId(), new UserUpdateCommand(null, Role.ADMIN, null)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> users.resetPassword(actor, actor.userId(), NEW_PASSWORD))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        User updated = users.update(bed.admin, bed.salesUser.id(), new UserUpdateCommand("Renamed Seller", null, null));

        assertThat(updated.fullName()).isEqualTo("Renamed Seller");
        assertThat(updated.role()).isEqualTo(Role.SALES);
        assertThat(updated.active()).isTrue();
        assertThat(updated.email()).isEqualTo("sales@example.com");
    }

    @Test
    void theLastActiveAdminIsNeitherDemotedNorDisabled() {
        assertThatThrownBy(() -> users.update(bed.admin, bed.adminUser.id(), new UserUpdateCommand(null, Role.SALES, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("user.last_admin"));
        assertThatThrownBy(() -> users.update(bed.admin, bed.adminUser.id(), new UserUpdateCommand(null, null, false)))
                .isInstanceOf(ConflictException.class);

        users.update(bed.admin, bed.salesUser.id(), new UserUpdateCommand(null, Role.ADMIN, null));
        assertThat(users.update(bed.admin, bed.adminUser.id(), new UserUpdateCommand(null, null, false)).active()).isFalse();
        assertThatThrownBy(() -> users.update(bed.admin, bed.salesUser.id(), new UserUpdateCommand(null, Role.PRODUCTION, null)))
                .as("the disabled admin does not count")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void resettingAPasswordEndsTheSessionsAndTheNewOneWorks() {
        String token = bed.useCases.authentication().login("sales@example.com", ServiceTestbed.PASSWORD, "10.0.0.1").sessionToken();

        users.resetPassword(bed.admin, bed.salesUser.id(), NEW_PASSWORD);

        assertThat(bed.useCases.authentication().authenticateSession(token)).isEmpty();
        assertThat(bed.useCases.authentication().login("sales@example.com", NEW_PASSWORD, "10.0.0.1")).isNotNull();
    }

    @Test
    void aNewPasswordMustFollowThePolicy() {
        assertThatThrownBy(() -> users.resetPassword(bed.admin, bed.salesUser.id(), "short"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("password"));
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThatThrownBy(() -> users.get(bed.admin, UserId.newId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.update(bed.admin, UserId.newId(), new UserUpdateCommand("x", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFirstAdminIsCreatedOnlyInAnEmptyInstallation() {
        UseCases fresh = UseCases.create(new InMemoryStore(), bed.hasher, bed.pdf, bed.clock, AuthPolicy.defaults());

        User first = fresh.users().createFirstAdmin("Boss@Example.com", "The Boss", NEW_PASSWORD);

        assertThat(first.role()).isEqualTo(Role.ADMIN);
        assertThat(first.email()).isEqualTo("boss@example.com");
        assertThatThrownBy(() -> fresh.users().createFirstAdmin("second@example.com", "Second", NEW_PASSWORD))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("user.already_initialised"));
        assertThatThrownBy(() -> users.createFirstAdmin("third@example.com", "Third", NEW_PASSWORD))
                .isInstanceOf(ConflictException.class);
    }
}

package com.wqs.application.port.out.contract;

import static com.wqs.testing.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.UserRepository;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.Language;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** The contract of {@link UserRepository}. */
public abstract class UserRepositoryContract extends StoreContract {

    private UserRepository users() {
        return store.users();
    }

    @Test
    void insertedUserIsFoundWithEveryField() {
        User user = aUser().email("José.Núñez@Example.com").fullName("José Núñez 🛠").role(Role.PRODUCTION).inactive()
                .language(Language.SPANISH)
                .passwordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g").build();

        users().insert(user);

        assertThat(users().findById(user.id())).contains(user);
    }

    @Test
    void unknownUserIsNotFound() {
        assertThat(users().findById(UserId.newId())).isEmpty();
        assertThat(users().findByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void findByEmailIgnoresCase() {
        User user = givenUser(aUser().email("ana@example.com"));

        assertThat(users().findByEmail("ANA@Example.COM")).contains(user);
        assertThat(users().findByEmail("  ana@example.com ")).contains(user);
    }

    @Test
    void aSecondUserWithTheSameEmailInAnotherCaseIsAConflict() {
        User first = givenUser(aUser().email("ana@example.com"));

        assertThatThrownBy(() -> users().insert(aUser().email("Ana@EXAMPLE.com").build()))
                .isInstanceOf(ConflictException.class);
        assertThat(users().findAll()).containsExactly(first);
    }

    @Test
    void findAllIsSortedByEmailAndCountCountsEveryone() {
        User c = givenUser(aUser().email("carla@example.com"));
        User a = givenUser(aUser().email("ana@example.com"));
        User b = givenUser(aUser().email("bruno@example.com"));

        assertThat(users().findAll()).containsExactly(a, b, c);
        assertThat(users().count()).isEqualTo(3);
    }

    @Test
    void updateStoresTheNewStateAndIncrementsTheVersion() {
        User user = givenUser(aUser().role(Role.SALES));
        User changed = user.withRole(Role.ADMIN).withActive(false).withPasswordHash("new-hash")
                .withFullName("New Name");

        users().update(changed);

        assertThat(users().findById(user.id())).contains(changed.withVersion(1));
    }

    @Test
    void staleUpdateIsAConflictAndChangesNothing() {
        User user = givenUser(aUser().role(Role.SALES));
        users().update(user.withRole(Role.ADMIN));

        assertThatThrownBy(() -> users().update(user.withRole(Role.PRODUCTION)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("user.stale"));
        assertThat(users().findById(user.id())).contains(user.withRole(Role.ADMIN).withVersion(1));
    }

    @Test
    void countIsZeroForAnEmptyStore() {
        assertThat(users().count()).isZero();
        assertThat(users().findAll()).isEmpty();
    }
}

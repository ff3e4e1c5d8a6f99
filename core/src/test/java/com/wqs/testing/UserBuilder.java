package com.wqs.testing;

import com.wqs.domain.shared.Language;
import com.wqs.domain.user.Role;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import java.util.concurrent.atomic.AtomicInteger;

/** Test users: {@code aUser().role(Role.ADMIN).email("ana@example.com").build()}. Each gets a unique email. */
public final class UserBuilder {
    /** Not a real hash: stores accept any non-blank string, and tests that sign in hash a password themselves. */
    public static final String FAKE_PASSWORD_HASH = "test-password-hash";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final int n = SEQUENCE.incrementAndGet();
    private UserId id = UserId.newId();
    private String email = "user-" + n + "@example.com";
    private String fullName = "Test User " + n;
    private String passwordHash = FAKE_PASSWORD_HASH;
    private Role role = Role.SALES;
    private boolean active = true;
    private Language language;
    private long version;

    private UserBuilder() {
    }

    public static UserBuilder aUser() {
        return new UserBuilder();
    }

    public static UserBuilder anAdmin() {
        return aUser().role(Role.ADMIN);
    }

    public static UserBuilder aSalesUser() {
        return aUser().role(Role.SALES);
    }

    public static UserBuilder aProductionUser() {
        return aUser().role(Role.PRODUCTION);
    }

    public UserBuilder id(UserId value) {
        this.id = value;
        return this;
    }

    public UserBuilder email(String value) {
        this.email = value;
        return this;
    }

    public UserBuilder fullName(String value) {
        this.fullName = value;
        return this;
    }

    public UserBuilder passwordHash(String value) {
        this.passwordHash = value;
        return this;
    }

    public UserBuilder role(Role value) {
        this.role = value;
        return this;
    }

    public UserBuilder active(boolean value) {
        this.active = value;
        return this;
    }

    public UserBuilder inactive() {
        return active(false);
    }

    public UserBuilder language(Language value) {
        this.language = value;
        return this;
    }

    public UserBuilder version(long value) {
        this.version = value;
        return this;
    }

    public User build() {
        return new User(id, email, fullName, passwordHash, role, active, language, version);
    }
}

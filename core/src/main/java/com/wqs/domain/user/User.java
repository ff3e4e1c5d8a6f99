package com.wqs.domain.user;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person who signs in. The email is unique regardless of case and kept lower-case. {@code language} is
 * the one they chose for the workplace; null means their browser's, then the installation's.
 */
public record User(UserId id, String email, String fullName, String passwordHash, Role role, boolean active,
        Language language, long version) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public User {
        email = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        fullName = fullName == null ? "" : fullName.trim();
        List<FieldError> errors = new ArrayList<>();
        if (id == null) {
            errors.add(new FieldError("id", "is required"));
        }
        if (email.length() > TextLimits.EMAIL) {
            errors.add(new FieldError("email", TextLimits.tooLong(TextLimits.EMAIL)));
        } else if (!EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "is not a valid email address"));
        }
        if (fullName.isEmpty()) {
            errors.add(new FieldError("fullName", "is required"));
        } else {
            TextLimits.check(errors, "fullName", fullName, TextLimits.NAME);
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            errors.add(new FieldError("password", "is required"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A user who has not chosen a language. */
    public User(UserId id, String email, String fullName, String passwordHash, Role role, boolean active,
            long version) {
        this(id, email, fullName, passwordHash, role, active, null, version);
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public Actor asActor() {
        return new Actor(id, role);
    }

    public User withRole(Role newRole) {
        return new User(id, email, fullName, passwordHash, newRole, active, language, version);
    }

    public User withActive(boolean newActive) {
        return new User(id, email, fullName, passwordHash, role, newActive, language, version);
    }

    public User withPasswordHash(String newHash) {
        return new User(id, email, fullName, newHash, role, active, language, version);
    }

    public User withFullName(String newName) {
        return new User(id, email, newName, passwordHash, role, active, language, version);
    }

    public User withVersion(long newVersion) {
        return new User(id, email, fullName, passwordHash, role, active, language, newVersion);
    }

    /** Null: follow the browser, then the installation. */
    public User withLanguage(Language newLanguage) {
        return new User(id, email, fullName, passwordHash, role, active, newLanguage, version);
    }
}

package com.wqs.domain.customer;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A customer of the organisation (shared by all users). {@code language} is the one their quotes and
 * e-mails are written in; null means the installation's.
 */
public record Customer(
        CustomerId id, String name, String email, String phone, String address, String taxId, String notes,
        Language language, long version) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Customer {
        name = trim(name);
        email = trim(email);
        phone = trim(phone);
        address = trim(address);
        taxId = trim(taxId);
        notes = notes == null ? "" : notes;
        List<FieldError> errors = new ArrayList<>();
        if (id == null) {
            errors.add(new FieldError("id", "is required"));
        }
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "is required"));
        } else {
            TextLimits.check(errors, "name", name, TextLimits.NAME);
        }
        if (email.length() > TextLimits.EMAIL) {
            errors.add(new FieldError("email", TextLimits.tooLong(TextLimits.EMAIL)));
        } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "is not a valid email address"));
        }
        TextLimits.check(errors, "phone", phone, TextLimits.SHORT);
        TextLimits.check(errors, "address", address, TextLimits.ADDRESS);
        TextLimits.check(errors, "taxId", taxId, TextLimits.SHORT);
        TextLimits.check(errors, "notes", notes, TextLimits.NOTES);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A customer whose documents follow the installation's language. */
    public Customer(CustomerId id, String name, String email, String phone, String address, String taxId,
            String notes, long version) {
        this(id, name, email, phone, address, taxId, notes, null, version);
    }

    public Customer withVersion(long newVersion) {
        return new Customer(id, name, email, phone, address, taxId, notes, language, newVersion);
    }

    /** The language of this customer's documents: theirs, or else the installation's. */
    public Language languageOr(Language installation) {
        return language == null ? installation : language;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}

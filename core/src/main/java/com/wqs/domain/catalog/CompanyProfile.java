package com.wqs.domain.catalog;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The fabricator's own details, printed on every quote. The logo is optional (PNG or JPEG bytes). */
public record CompanyProfile(
        String name, String address, String phone, String email, String taxId, byte[] logo, String logoContentType) {

    public static final CompanyProfile EMPTY = new CompanyProfile("", "", "", "", "", null, null);
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    public CompanyProfile {
        name = blankIfNull(name);
        address = blankIfNull(address);
        phone = blankIfNull(phone);
        email = blankIfNull(email);
        taxId = blankIfNull(taxId);
        if (logo != null) {
            if (logo.length > MAX_LOGO_BYTES) {
                throw new ValidationException("logo", "must be at most 512 KiB");
            }
            if (!"image/png".equals(logoContentType) && !"image/jpeg".equals(logoContentType)) {
                throw new ValidationException("logo", "must be a PNG or JPEG image");
            }
            logo = logo.clone();
        }
    }

    /** The fields longer than {@link TextLimits} allows, named {@code prefix + field}. */
    public List<FieldError> check(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        TextLimits.check(errors, prefix + "name", name, TextLimits.NAME);
        TextLimits.check(errors, prefix + "address", address, TextLimits.ADDRESS);
        TextLimits.check(errors, prefix + "phone", phone, TextLimits.SHORT);
        TextLimits.check(errors, prefix + "email", email, TextLimits.EMAIL);
        TextLimits.check(errors, prefix + "taxId", taxId, TextLimits.SHORT);
        return errors;
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    public boolean hasLogo() {
        return logo != null;
    }

    /** Compares the logo by content (a record compares arrays by identity), so a stored copy equals the original. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CompanyProfile that
                && name.equals(that.name) && address.equals(that.address) && phone.equals(that.phone)
                && email.equals(that.email) && taxId.equals(that.taxId) && Arrays.equals(logo, that.logo)
                && Objects.equals(logoContentType, that.logoContentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, phone, email, taxId, Arrays.hashCode(logo), logoContentType);
    }

    @Override
    public String toString() {
        return "CompanyProfile[name=" + name + ", taxId=" + taxId + ", logo="
                + (logo == null ? "none" : logo.length + " bytes " + logoContentType) + "]";
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.trim();
    }
}

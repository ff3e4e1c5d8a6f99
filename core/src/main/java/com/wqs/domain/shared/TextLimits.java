package com.wqs.domain.shared;

import java.util.List;

/**
 * The one table of text limits: the most characters (UTF-16 units, as {@link String#length()} and an HTML
 * {@code maxlength} count them) each kind of text field holds. The core refuses longer text with a field
 * error ({@link #tooLong}); the API's OpenAPI document ({@code maxLength}), the web forms ({@code maxlength})
 * and the CLI's help read the same constants, so the numbers live here only. docs/RELIABILITY.md lists them.
 */
public final class TextLimits {
    /** Ids (UUIDs as text). */
    public static final int ID = 36;
    /** Codes of materials, products and glasses (letters, digits, '.', '_', '-'). */
    public static final int CODE = 40;
    /** Short identifiers: phone numbers, tax ids, currency codes, time zones, locales, content types. */
    public static final int SHORT = 50;
    /** Profile colours (quote lines, colour costs, offcuts). */
    public static final int COLOUR = 100;
    /** Names of API tokens. */
    public static final int TOKEN_NAME = 100;
    /** Passwords (bcrypt-style hashing cost grows with length). */
    public static final int PASSWORD = 128;
    /** Names: materials, products, customers, users, the company; offcut sources, cut-piece labels. */
    public static final int NAME = 200;
    /** Email addresses (RFC 5321 path limit). */
    public static final int EMAIL = 254;
    /** BOM formulas. */
    public static final int FORMULA = 500;
    /** Postal addresses. */
    public static final int ADDRESS = 500;
    /** Layout notations such as {@code V(600)[FIX,CR]}. */
    public static final int LAYOUT = 1_000;
    /** Short free text: line and BOM descriptions, offcut notes, status-change notes, rejection reasons. */
    public static final int DESCRIPTION = 2_000;
    /** Long free text: notes of customers, quotes and work orders, delivery instructions, quote terms. */
    public static final int NOTES = 10_000;
    /** Numbers typed as text in a form field (the value is parsed, so only the input widget needs a bound). */
    public static final int NUMBER = 30;

    /** The table as rows (name, limit, what it covers), for documentation and its test. */
    public static final List<Limit> ALL = List.of(
            new Limit("ID", ID, "ids (UUIDs)"),
            new Limit("CODE", CODE, "material, product and glass codes"),
            new Limit("SHORT", SHORT, "phone, tax id, currency, time zone, locale, logo content type, "
                    + "alternative group names"),
            new Limit("COLOUR", COLOUR, "profile colours"),
            new Limit("TOKEN_NAME", TOKEN_NAME, "API token names"),
            new Limit("PASSWORD", PASSWORD, "passwords"),
            new Limit("NAME", NAME, "names of materials, products, customers, users and the company; offcut "
                    + "sources; cut-piece labels"),
            new Limit("EMAIL", EMAIL, "email addresses"),
            new Limit("FORMULA", FORMULA, "BOM formulas"),
            new Limit("ADDRESS", ADDRESS, "addresses"),
            new Limit("LAYOUT", LAYOUT, "layout notations"),
            new Limit("DESCRIPTION", DESCRIPTION, "line and BOM descriptions, offcut notes, status-change notes, "
                    + "rejection reasons"),
            new Limit("NOTES", NOTES, "customer, quote and work-order notes, delivery instructions, quote terms"),
            new Limit("NUMBER", NUMBER, "numbers typed into form fields"));

    private TextLimits() {
    }

    /** One row of the table. */
    public record Limit(String name, int max, String covers) {
    }

    /** The message of a too-long field: {@code must be at most 200 characters}. */
    public static String tooLong(int max) {
        return "must be at most " + max + " characters";
    }

    /** True when {@code text} is null or holds at most {@code max} characters. */
    public static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    /** Adds a {@link #tooLong} error on {@code field} when {@code text} holds more than {@code max} characters. */
    public static void check(List<FieldError> errors, String field, String text, int max) {
        if (!fits(text, max)) {
            errors.add(new FieldError(field, tooLong(max)));
        }
    }

    /** @throws ValidationException on {@code field} when {@code text} holds more than {@code max} characters */
    public static void require(String field, String text, int max) {
        if (!fits(text, max)) {
            throw new ValidationException(field, tooLong(max));
        }
    }
}

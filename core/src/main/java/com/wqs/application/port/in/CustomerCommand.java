package com.wqs.application.port.in;

import com.wqs.domain.shared.Language;

/**
 * The fields of a customer to create or replace. {@code language}: the one their documents are written in;
 * null for the installation's.
 */
public record CustomerCommand(String name, String email, String phone, String address, String taxId, String notes,
        Language language) {

    /** A customer whose documents follow the installation's language. */
    public CustomerCommand(String name, String email, String phone, String address, String taxId, String notes) {
        this(name, email, phone, address, taxId, notes, null);
    }
}

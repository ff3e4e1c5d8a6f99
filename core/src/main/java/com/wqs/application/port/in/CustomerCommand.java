package com.wqs.application.port.in;

/** The fields of a customer to create or replace. */
public record CustomerCommand(String name, String email, String phone, String address, String taxId, String notes) {
}

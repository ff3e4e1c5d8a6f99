package com.wqs.adapter.web.page;

/** The add-user form as typed (never the password). */
public record NewUserForm(String email, String fullName, String role) {
}

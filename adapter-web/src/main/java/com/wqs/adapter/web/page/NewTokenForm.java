package com.wqs.adapter.web.page;

/** The new-API-token form as typed, shown again after a refusal. */
public record NewTokenForm(String name, String days) {
}

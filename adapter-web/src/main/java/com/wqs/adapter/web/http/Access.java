package com.wqs.adapter.web.http;

import io.javalin.security.RouteRole;

/**
 * Route roles understood by the server. A route registered without a role requires an authenticated
 * user (session cookie or bearer token); {@link #PUBLIC} routes are open to anyone. Who may do what once
 * authenticated is decided by the use cases, not by routes.
 */
public enum Access implements RouteRole {
    PUBLIC
}

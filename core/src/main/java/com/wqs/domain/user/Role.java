package com.wqs.domain.user;

/** ADMIN: everything. SALES: own quotes and the customers. PRODUCTION: work orders. */
public enum Role {
    ADMIN,
    SALES,
    PRODUCTION
}

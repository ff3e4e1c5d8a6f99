package com.wqs.domain.catalog;

public enum MaterialCategory {
    PROFILE,
    GLASS,
    HARDWARE,
    CONSUMABLE
}

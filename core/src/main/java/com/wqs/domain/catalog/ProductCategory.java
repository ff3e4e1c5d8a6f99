package com.wqs.domain.catalog;

public enum ProductCategory {
    WINDOW,
    DOOR,
    OTHER
}

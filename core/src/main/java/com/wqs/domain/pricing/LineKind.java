package com.wqs.domain.pricing;

public enum LineKind {
    WINDOW,
    MATERIAL
}

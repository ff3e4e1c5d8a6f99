package com.wqs.domain.catalog;

public enum WindowType {
    FIXED,
    SLIDING,
    CASEMENT,
    AWNING,
    TILT_TURN
}

package com.wqs.domain.workorder;

public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}

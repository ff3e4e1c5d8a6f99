package com.wqs.adapter.web.api.dto;

import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import java.math.BigDecimal;

/** Decimal values as the API's plain decimal strings ({@code "1234.50"}); null stays null. */
final class Decimals {
    private Decimals() {
    }

    static String money(Money money) {
        return money == null ? null : money.toString();
    }

    static String rate(Rate rate) {
        return rate == null ? null : rate.toString();
    }

    static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static String id(Object id) {
        return id == null ? null : id.toString();
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

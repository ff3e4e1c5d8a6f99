package com.wqs.application.port.out;

import com.wqs.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What to compute: {@code ownerId} null means everyone. {@code from} (inclusive) and {@code to}
 * (exclusive), both optional, restrict the quotes counted by their creation time; they do not affect
 * the monthly series, the recent quotes, the expiring quotes or the work orders. {@code now} and
 * {@code zone} place the last 12 calendar months (the current one included) and the 7-day window of
 * SENT quotes expiring ({@code validUntil} from today to today + 7 in {@code zone}).
 */
public record StatisticsQuery(UserId ownerId, Instant from, Instant to, Instant now, ZoneId zone) {
    public StatisticsQuery {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }
}

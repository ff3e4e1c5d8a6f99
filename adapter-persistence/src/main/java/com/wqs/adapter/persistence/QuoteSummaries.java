package com.wqs.adapter.persistence;

import com.wqs.application.port.out.QuoteSummary;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.quote.QuoteStatus;
import com.wqs.domain.shared.Money;
import com.wqs.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The list view of quotes, shared by the quote search and the statistics' recent and expiring lists. */
final class QuoteSummaries {
    /** Quotes {@code q} with their customer {@code c}, whose current name is shown. */
    static final String FROM = " FROM quotes q LEFT JOIN customers c ON c.id = q.customer_id";
    static final String SELECT = "SELECT q.id, q.number, q.owner_id, q.customer_id,"
            + " COALESCE(c.name, '') AS customer_name, q.status, q.revision, q.total_minor, q.valid_until,"
            + " q.created_at, q.updated_at" + FROM;

    private QuoteSummaries() {
    }

    static QuoteSummary map(ResultSet rs) throws SQLException {
        return new QuoteSummary(new QuoteId(Columns.uuid(rs, "id")), rs.getString("number"),
                new UserId(Columns.uuid(rs, "owner_id")), new CustomerId(Columns.uuid(rs, "customer_id")),
                rs.getString("customer_name"), Columns.enumValue(QuoteStatus.class, rs, "status"), rs.getInt("revision"),
                Money.ofMinor(rs.getLong("total_minor")), Columns.date(rs, "valid_until"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}

package com.wqs.adapter.persistence;

import com.wqs.application.port.out.OffcutRepository;
import com.wqs.application.port.out.OffcutSearch;
import com.wqs.domain.cutting.Offcut;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The offcut rack. Ids come from the database ({@code INSERT ... RETURNING id}, read as a query: the SQLite
 * driver's generated keys are not reliable); taking an offcut is one conditional update, so of two
 * releases racing for it exactly one gets it.
 */
final class JdbiOffcutRepository implements OffcutRepository {
    private static final String COLUMNS = "id, material_code, colour, length_mm, source, note, state,"
            + " created_by_release, consumed_by_release, created_at, version";
    private static final String AVAILABLE = Offcut.State.AVAILABLE.name();
    private static final String CONSUMED = Offcut.State.CONSUMED.name();
    private static final String DISCARDED = Offcut.State.DISCARDED.name();

    private final Database db;

    JdbiOffcutRepository(Database db) {
        this.db = db;
    }

    @Override
    public Offcut insert(Offcut offcut) {
        long micros = Columns.micros(offcut.createdAt());
        long id = db.write(h -> h.createQuery("INSERT INTO offcuts (material_code, colour, length_mm, source, note,"
                + " state, created_by_release, consumed_by_release, created_at, version) VALUES (:materialCode,"
                + " :colour, :lengthMm, :source, :note, :state, :createdByRelease, :consumedByRelease, :createdAt, 1)"
                + " RETURNING id")
                .bind("materialCode", offcut.materialCode())
                .bind("colour", offcut.colour())
                .bind("lengthMm", offcut.lengthMm())
                .bind("source", offcut.source())
                .bind("note", offcut.note())
                .bind("state", offcut.state().name())
                .bind("createdByRelease", offcut.createdByRelease())
                .bind("consumedByRelease", offcut.consumedByRelease())
                .bind("createdAt", micros)
                .mapTo(Long.class)
                .one());
        return new Offcut(id, offcut.materialCode(), offcut.colour(), offcut.lengthMm(), offcut.source(),
                offcut.note(), offcut.state(), offcut.createdByRelease(), offcut.consumedByRelease(),
                Columns.instant(micros), 1);
    }

    @Override
    public void update(Offcut offcut) {
        db.writeVoid(h -> {
            int updated = h.createUpdate("UPDATE offcuts SET colour = :colour, length_mm = :lengthMm, note = :note,"
                    + " state = :state, version = version + 1 WHERE id = :id AND version = :version")
                    .bind("colour", offcut.colour())
                    .bind("lengthMm", offcut.lengthMm())
                    .bind("note", offcut.note())
                    .bind("state", offcut.state().name())
                    .bind("id", offcut.id())
                    .bind("version", offcut.version())
                    .execute();
            Rows.requireVersionedUpdate(h, "offcuts", offcut.id(), Offcut.label(offcut.id()), updated, "offcut");
        });
    }

    @Override
    public Optional<Offcut> findById(long id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM offcuts WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public List<Offcut> search(OffcutSearch search) {
        // the states are enum names, never user text
        String materialCode = search.materialCode() == null || search.materialCode().isBlank()
                ? null : Columns.code(search.materialCode());
        Where where = new Where()
                .and("state IN (" + search.states().stream().map(s -> "'" + s.name() + "'")
                        .collect(Collectors.joining(", ")) + ")")
                .andIfPresent("material_code = :materialCode", "materialCode", materialCode);
        // a colour is only looked at with a profile (colours are per profile), as OffcutSearch says
        if (materialCode != null && search.uncolouredOnly()) {
            where.and("colour IS NULL");
        } else if (materialCode != null) {
            where.andIfPresent("colour = :colour", "colour", colour(search.colour()));
        }
        return db.read(h -> where.bind(h.createQuery("SELECT " + COLUMNS + " FROM offcuts" + where.sql()
                + " ORDER BY " + order()))
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public boolean consume(long id, long releaseId) {
        return db.write(h -> h.createUpdate("UPDATE offcuts SET state = :consumed, consumed_by_release = :releaseId,"
                + " version = version + 1 WHERE id = :id AND state = :available")
                .bind("consumed", CONSUMED)
                .bind("available", AVAILABLE)
                .bind("releaseId", releaseId)
                .bind("id", id)
                .execute() == 1);
    }

    @Override
    public List<Offcut> consumedBy(long releaseId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM offcuts WHERE consumed_by_release = :releaseId"
                + " ORDER BY " + order())
                .bind("releaseId", releaseId)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    /**
     * Back on the rack first, then the release's own remainders thrown away: an offcut the release both left
     * and cut (were there one) would not exist without it, so it ends DISCARDED.
     */
    @Override
    public void revert(long releaseId) {
        db.writeVoid(h -> {
            h.createUpdate("UPDATE offcuts SET state = :available, consumed_by_release = NULL, version = version + 1"
                    + " WHERE consumed_by_release = :releaseId AND state = :consumed")
                    .bind("available", AVAILABLE)
                    .bind("consumed", CONSUMED)
                    .bind("releaseId", releaseId)
                    .execute();
            h.createUpdate("UPDATE offcuts SET state = :discarded, version = version + 1"
                    + " WHERE created_by_release = :releaseId AND state = :available")
                    .bind("discarded", DISCARDED)
                    .bind("available", AVAILABLE)
                    .bind("releaseId", releaseId)
                    .execute();
        });
    }

    /** Material code, colour (uncoloured first), longest first, then id: the same on both databases. */
    private String order() {
        return db.dialect().binaryOrder("material_code") + ", " + db.dialect().binaryOrder("colour")
                + " NULLS FIRST, length_mm DESC, id";
    }

    private static String colour(String colour) {
        return colour == null || colour.isBlank() ? null : colour.strip().toUpperCase(Locale.ROOT);
    }

    private static Offcut map(ResultSet rs) throws SQLException {
        return new Offcut(rs.getLong("id"), rs.getString("material_code"), rs.getString("colour"),
                rs.getInt("length_mm"), rs.getString("source"), rs.getString("note"),
                Columns.enumValue(Offcut.State.class, rs, "state"), nullableLong(rs, "created_by_release"),
                nullableLong(rs, "consumed_by_release"), Columns.instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

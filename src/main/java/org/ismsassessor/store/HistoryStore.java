package org.ismsassessor.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.compare.Assessed;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.ismsassessor.compare.ControlStatus;
import org.ismsassessor.compare.ControlStatuses;
import org.ismsassessor.compare.EarlierAssessment;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.snapshot.ImplementationStatus;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The history of assessments per client and date: the complete result, the verdict, scores and counts, the open
 * findings and the declared SoA statuses. One assessment per client and day; saving again replaces it. Opening
 * the store from a URL brings its schema up to date (Flyway); close it to release the database file. The web
 * service instead hands it its pooled data source, migrated at start-up; each operation then borrows a
 * connection, so one store serves concurrent requests.
 */
public final class HistoryStore implements AutoCloseable {
    /** The database file's name in the data folder (H2 adds {@code .mv.db}). */
    public static final String DATABASE = "history";

    private final DataSource dataSource;
    private final SingleConnectionDataSource owned;

    private HistoryStore(DataSource dataSource, SingleConnectionDataSource owned) {
        this.dataSource = dataSource;
        this.owned = owned;
    }

    /** A store on a data source whose schema is already migrated (the web service's pool). */
    public static HistoryStore on(DataSource dataSource) {
        return new HistoryStore(dataSource, null);
    }

    /** The JDBC URL of the embedded database in a data folder. */
    public static String embeddedUrl(Path dataFolder) {
        return "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve(DATABASE) + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Opens (creating when needed) the embedded history in a data folder. */
    public static HistoryStore open(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataFolder, e);
        }
        return open(embeddedUrl(dataFolder), "sa", "");
    }

    /** Opens the history in any database Flyway and the JDBC driver on the class path support. */
    public static HistoryStore open(String jdbcUrl, String user, String password) {
        try {
            Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration").load().migrate();
            SingleConnectionDataSource single = new SingleConnectionDataSource(jdbcUrl, user, password, true);
            single.getConnection().close();
            return new HistoryStore(single, single);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot open the history at " + jdbcUrl, e);
        }
    }

    /** Stores an assessment under its client (organization id) and date, replacing one of the same day. */
    public void save(Assessed assessed) {
        save(assessed, CompressedResult.write(assessed.result(), Long.MAX_VALUE));
    }

    /**
     * Stores an assessment with its result already compressed ({@link CompressedResult#write}), so that a caller
     * storing the same result elsewhere too writes its JSON once.
     */
    public void save(Assessed assessed, byte[] resultGzip) {
        AssessmentResult result = assessed.result();
        String client = result.snapshot().organizationId();
        if (client == null) {
            throw new IllegalArgumentException("an assessment without an organization id cannot be stored");
        }
        LocalDate date = result.assessmentDate();
        inTransaction(connection -> {
            Statements db = new Statements(connection);
            db.upsertClient(client, result.snapshot().organization());
            db.update("DELETE FROM assessment WHERE client_id = ? AND assessed_on = ?", client, date);
            Map<String, Integer> counts = result.summary().byKind();
            db.update("""
                    INSERT INTO assessment (client_id, assessed_on, snapshot_name, snapshot_sha256, rule_set_version,
                        verdict, overall_score, majors, minors, gaps, observations, soa_known, result_gzip, edition)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    client, date, result.snapshot().name(), result.snapshot().sha256(),
                    AssessmentSummary.ruleSetAndGrading(result.assessor().ruleSetVersion(), result.assessor().gradingVersion()),
                    result.readiness().verdict().name(),
                    BigDecimal.valueOf(result.readiness().overall()), counts.get("major"), counts.get("minor"),
                    counts.get("gap"), counts.get("observation"), assessed.controls().known(), resultGzip,
                    result.assessor().edition());
            for (List<Readiness.Score> scores : List.of(result.readiness().byClause(), result.readiness().byDomain())) {
                for (Readiness.Score s : scores) {
                    db.update("""
                            INSERT INTO assessment_score (client_id, assessed_on, score_group, title, applicable,
                                without_nonconformity, score) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                            client, date, s.group(), s.title(), s.applicable(), s.withoutNonconformity(),
                            BigDecimal.valueOf(s.score()));
                }
            }
            // One row per item of each finding, keyed by its item key: a subject that leaves a group and comes back
            // later is told apart from one that stayed (see Comparer).
            Set<String> stored = new HashSet<>();
            db.batch("""
                    INSERT INTO assessment_finding (client_id, assessed_on, finding_id, requirement, kind, subject)
                    VALUES (?, ?, ?, ?, ?, ?)""", result.findings().stream().flatMap(g -> g.perItem().stream())
                    .filter(item -> stored.add(item.itemKey()))
                    .map(f -> new Object[] {client, date, f.itemKey(), f.requirement(), f.kind().name(), f.subject()})
                    .toList());
            for (Map.Entry<String, ControlStatus> c : assessed.controls().byControl().entrySet()) {
                db.update("INSERT INTO assessment_control (client_id, assessed_on, control, applicable, status) VALUES (?, ?, ?, ?, ?)",
                        client, date, c.getKey(), c.getValue().applicable(),
                        c.getValue().status() == null ? null : c.getValue().status().name());
            }
        });
    }

    /** Every client, by id. */
    public List<Client> clients() {
        return query("SELECT id, name FROM client ORDER BY id", List.of(), rs -> new Client(rs.getString(1), rs.getString(2)));
    }

    /** The client with this organization id, else the one with this name (ignoring case). */
    public Optional<Client> client(String idOrName) {
        List<Client> found = query("SELECT id, name FROM client WHERE id = ? OR LOWER(name) = LOWER(?) ORDER BY id",
                List.of(idOrName, idOrName), rs -> new Client(rs.getString(1), rs.getString(2)));
        return found.stream().filter(c -> c.id().equals(idOrName)).findFirst().or(() -> found.stream().findFirst());
    }

    /** The client's stored assessments, oldest first, with their scores. */
    public List<AssessmentSummary> assessments(Client client) {
        Map<LocalDate, List<Readiness.Score>> scores = new TreeMap<>();
        query("""
                SELECT assessed_on, score_group, title, applicable, without_nonconformity, score
                FROM assessment_score WHERE client_id = ? ORDER BY assessed_on""", List.of(client.id()), rs -> {
            scores.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new ArrayList<>()).add(new Readiness.Score(
                    rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6).doubleValue()));
            return null;
        });
        return query("""
                SELECT assessed_on, snapshot_name, rule_set_version, verdict, overall_score, majors, minors, gaps, observations,
                    edition
                FROM assessment WHERE client_id = ? ORDER BY assessed_on""", List.of(client.id()), rs -> {
            LocalDate date = rs.getObject(1, LocalDate.class);
            return new AssessmentSummary(client, date, rs.getString(2), rs.getString(3),
                    Readiness.Verdict.valueOf(rs.getString(4)), rs.getBigDecimal(5).doubleValue(), rs.getInt(6),
                    rs.getInt(7), rs.getInt(8), rs.getInt(9), List.copyOf(scores.getOrDefault(date, List.of())),
                    rs.getString(10));
        });
    }

    /** The latest stored assessment of every client, by client id. */
    public List<AssessmentSummary> latestOfEachClient() {
        List<AssessmentSummary> latest = new ArrayList<>();
        for (Client client : clients()) {
            List<AssessmentSummary> all = assessments(client);
            if (!all.isEmpty()) {
                latest.add(all.get(all.size() - 1));
            }
        }
        return latest;
    }

    /** One stored assessment, read back as it was compared: its result and the SoA statuses declared then. */
    public Optional<Assessed> load(Client client, LocalDate date) {
        List<Object[]> rows = query("SELECT result_gzip, result_json, soa_known FROM assessment WHERE client_id = ? AND assessed_on = ?",
                List.of(client.id(), date), rs -> new Object[] {rs.getBytes(1), rs.getString(2), rs.getBoolean(3)});
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        AssessmentResult result = CompressedResult.read((byte[]) rows.get(0)[0], (String) rows.get(0)[1]);
        if (!(Boolean) rows.get(0)[2]) {
            return Optional.of(new Assessed(result, ControlStatuses.recordedIn(result)));
        }
        Map<String, ControlStatus> statuses = new LinkedHashMap<>();
        query("SELECT control, applicable, status FROM assessment_control WHERE client_id = ? AND assessed_on = ?",
                List.of(client.id(), date), rs -> {
                    Boolean applicable = rs.getObject(2) == null ? null : rs.getBoolean(2);
                    String status = rs.getString(3);
                    statuses.put(rs.getString(1), new ControlStatus(applicable,
                            status == null ? null : ImplementationStatus.valueOf(status)));
                    return null;
                });
        return Optional.of(new Assessed(result, ControlStatuses.of(statuses)));
    }

    /** The findings open at each stored assessment of the client, oldest first. */
    public List<EarlierAssessment> findingHistory(Client client) {
        Map<LocalDate, Set<String>> open = new TreeMap<>();
        query("SELECT assessed_on FROM assessment WHERE client_id = ?", List.of(client.id()),
                rs -> open.put(rs.getObject(1, LocalDate.class), new HashSet<>()));
        query("SELECT assessed_on, finding_id FROM assessment_finding WHERE client_id = ?", List.of(client.id()),
                rs -> open.get(rs.getObject(1, LocalDate.class)).add(rs.getString(2)));
        return open.entrySet().stream().map(e -> new EarlierAssessment(e.getKey(), e.getValue())).toList();
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.destroy();
        }
    }

    /** Statements on one connection, inside a transaction. */
    private record Statements(Connection connection) {
        void upsertClient(String id, String name) throws SQLException {
            if (update("UPDATE client SET name = ? WHERE id = ?", name, id) == 0) {
                update("INSERT INTO client (id, name) VALUES (?, ?)", id, name);
            }
        }

        /** One statement run for many rows, sent in batches of 1,000. */
        void batch(String sql, List<Object[]> rows) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    bind(statement, java.util.Arrays.asList(row));
                    statement.addBatch();
                    if (++pending == 1000) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }

        int update(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, java.util.Arrays.asList(parameters));
                return statement.executeUpdate();
            }
        }
    }

    /** A unit of work that either completes or leaves the store as it was. */
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                // A caller's transaction (the web service saving a result with its history) commits or rolls back.
                work.run(connection);
                return;
            }
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save to the history", e);
        }
    }

    /** Reads one row. */
    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the history", e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}

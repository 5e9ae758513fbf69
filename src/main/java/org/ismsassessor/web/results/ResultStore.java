package org.ismsassessor.web.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.store.CompressedResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every submitted assessment by id: the snapshot as given and the complete result, in table assessment_result. */
@Repository
public class ResultStore {
    private static final String COLUMNS = "id, client_id, assessed_on, submitted_at, submitted_by, snapshot_name, "
            + "verdict, overall_score, majors, minors, gaps, observations";
    private final JdbcClient jdbc;

    public ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The headline of a result as {@link #insert} writes it and {@link #find} reads it back: the submission time
     * at the columns' microseconds, the overall score at their one decimal.
     */
    static StoredResult headline(String id, AssessmentResult result, LocalDateTime submittedAt, String submittedBy) {
        Map<String, Integer> counts = result.summary().byKind();
        return new StoredResult(id, result.snapshot().organizationId(), result.assessmentDate(),
                submittedAt.truncatedTo(ChronoUnit.MICROS), submittedBy, result.snapshot().name(),
                result.readiness().verdict(),
                BigDecimal.valueOf(result.readiness().overall()).setScale(1, RoundingMode.HALF_UP).doubleValue(),
                counts.getOrDefault("major", 0), counts.getOrDefault("minor", 0), counts.getOrDefault("gap", 0),
                counts.getOrDefault("observation", 0));
    }

    /**
     * Writes a result with exactly the values of its headline (from {@link #headline}), the snapshot and the
     * result compressed ({@link CompressedResult}).
     */
    void insert(StoredResult headline, byte[] snapshotGzip, byte[] resultGzip) {
        jdbc.sql("INSERT INTO assessment_result (" + COLUMNS + ", snapshot_gzip, result_gzip) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(headline.id(), headline.client(), headline.assessedOn(), headline.submittedAt(),
                        headline.submittedBy(), headline.snapshotName(), headline.verdict().name(),
                        BigDecimal.valueOf(headline.overall()), headline.majors(), headline.minors(), headline.gaps(),
                        headline.observations(), snapshotGzip, resultGzip)
                .update();
    }

    /** True when a result with this id is stored (committed). */
    boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_result WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public Optional<StoredResult> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_result WHERE id = ?").param(id)
                .query(ResultStore::row).optional();
    }

    /** The full result of a stored assessment. */
    public Optional<AssessmentResult> result(String id) {
        return jdbc.sql("SELECT result_gzip, result_json FROM assessment_result WHERE id = ?").param(id)
                .query((rs, n) -> CompressedResult.read(rs.getBytes(1), rs.getString(2))).optional();
    }

    /** The snapshot exactly as it was submitted. */
    public Optional<byte[]> snapshot(String id) {
        return jdbc.sql("SELECT snapshot_gzip, snapshot_json FROM assessment_result WHERE id = ?").param(id)
                .query((rs, n) -> {
                    byte[] gzip = rs.getBytes(1);
                    return gzip != null ? CompressedResult.gunzip(gzip)
                            : rs.getString(2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }).optional();
    }

    /** A client's results, newest first. */
    public List<StoredResult> ofClient(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_result WHERE client_id = ? "
                        + "ORDER BY submitted_at DESC, id DESC").param(clientId)
                .query(ResultStore::row).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_result").query(Long.class).single();
    }

    private static StoredResult row(ResultSet rs, int n) throws SQLException {
        return new StoredResult(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDateTime.class), rs.getString(5), rs.getString(6),
                Readiness.Verdict.valueOf(rs.getString(7)), rs.getBigDecimal(8).doubleValue(), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), rs.getInt(12));
    }
}

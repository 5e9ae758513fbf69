package org.ismsassessor.web.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ismsassessor.TestEngine;
import org.ismsassessor.compare.Client;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.store.CompressedResult;
import org.ismsassessor.store.HistoryStore;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Caller;
import org.ismsassessor.web.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bounds of a submission on the server, each refusing before anything is stored: the memory budget (413,
 * before the snapshot is read), the gate (429 with Retry-After), the result's size (422, while its JSON is
 * written); and what is stored: the result and the snapshot compressed, read back identical.
 */
class SubmissionLimitsTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 29);
    private static final Caller CONSULTANT = new Caller("carol", Role.CONSULTANT, Set.of("ORG-BP"));
    private DataSource database;
    private byte[] snapshot;

    @BeforeEach
    void emptyDatabase() throws IOException {
        database = new DriverManagerDataSource("jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        snapshot = Files.readAllBytes(Path.of("samples", "brightpath-software.json"));
    }

    private AssessmentService service(SubmissionLimits limits) {
        return new AssessmentService(TestEngine.ASSESSMENT, TestEngine.LOADER, IntervalSettings.defaults(),
                HistoryStore.on(new TransactionAwareDataSourceProxy(database)), new ResultStore(JdbcClient.create(database)),
                new TransactionTemplate(new JdbcTransactionManager(database)),
                Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC), limits);
    }

    private long stored() {
        return JdbcClient.create(database).sql("SELECT COUNT(*) FROM assessment_result").query(Long.class).single()
                + JdbcClient.create(database).sql("SELECT COUNT(*) FROM assessment").query(Long.class).single();
    }

    @Test
    void aResultLargerThanTheLimitIsRefusedAndNothingIsStored() {
        AssessmentService service = service(new SubmissionLimits(new AssessmentGate(1, 1, 1 << 30, 60, 10),
                new MemoryBudget(1L << 30), 10_000));
        Problem problem = catchThrowableOfType(Problem.class, () -> service.submit(CONSULTANT, snapshot, DATE));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.getMessage()).isEqualTo("The result of this snapshot is larger than the 9.8 KiB the "
                + "service stores (assessor.limits.result-mb): 83 findings. Nothing was saved.");
        assertThat(stored()).isZero();
    }

    @Test
    void aSnapshotOverTheMemoryBudgetIsRefusedBeforeItIsRead() {
        AssessmentService service = service(new SubmissionLimits(new AssessmentGate(1, 1, 1 << 30, 60, 10),
                new MemoryBudget(32L * 1024 * 1024 + 48L * 100_000), 1 << 30));
        Problem problem = catchThrowableOfType(Problem.class, () -> service.submit(CONSULTANT, snapshot, DATE));
        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.errors()).extracting(e -> e.path()).containsExactly("$");
        assertThat(stored()).isZero();
        // A validation reads the snapshot too: the same budget.
        assertThat(catchThrowableOfType(Problem.class, () -> service.validate(CONSULTANT, snapshot)).status())
                .isEqualTo(413);
    }

    @Test
    void aFullGateRefusesWith429AndRetryAfter() {
        AssessmentGate gate = new AssessmentGate(1, 0, 1 << 30, 60, 10);
        AssessmentService service = service(new SubmissionLimits(gate, new MemoryBudget(1L << 30), 1 << 30));
        try (AssessmentGate.Permit busy = gate.enter("someone else", 1)) {
            Problem problem = catchThrowableOfType(Problem.class, () -> service.submit(CONSULTANT, snapshot, DATE));
            assertThat(problem.status()).isEqualTo(429);
            assertThat(problem.retryAfterSeconds()).isEqualTo(10);
        }
        assertThat(stored()).isZero();
        assertThat(service.submit(CONSULTANT, snapshot, DATE).stored().client()).isEqualTo("ORG-BP");
        assertThat(gate.running()).isZero();
    }

    @Test
    void theResultAndTheSnapshotAreStoredCompressedAndReadBackIdentical() {
        AssessmentService service = service(SubmissionLimits.defaults());
        var submitted = service.submit(CONSULTANT, snapshot, DATE);
        String id = submitted.stored().id();
        JdbcClient jdbc = JdbcClient.create(database);
        byte[] resultGzip = jdbc.sql("SELECT result_gzip FROM assessment_result WHERE id = ?").param(id)
                .query(byte[].class).single();
        String json = JsonReport.write(submitted.result());
        assertThat(CompressedResult.json(resultGzip)).isEqualTo(json);
        assertThat(resultGzip.length).isLessThan(json.length() / 5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_result WHERE result_json IS NULL AND snapshot_json IS NULL")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(service.snapshot(CONSULTANT, id)).isEqualTo(snapshot);
        assertThat(JsonReport.write(service.result(CONSULTANT, id))).isEqualTo(json);
        // The history's copy is the same bytes, and reads back as the same result.
        HistoryStore history = HistoryStore.on(database);
        assertThat(JsonReport.write(history.load(new Client("ORG-BP", null), DATE).orElseThrow().result())).isEqualTo(json);
    }

    @Test
    void resultsStoredAsTextBeforeCompressionAreStillRead() {
        AssessmentService service = service(SubmissionLimits.defaults());
        var submitted = service.submit(CONSULTANT, snapshot, DATE);
        String id = submitted.stored().id();
        String json = JsonReport.write(submitted.result());
        JdbcClient.create(database).sql("UPDATE assessment_result SET result_gzip = NULL, result_json = ?, "
                + "snapshot_gzip = NULL, snapshot_json = ? WHERE id = ?")
                .params(json, new String(snapshot, java.nio.charset.StandardCharsets.UTF_8), id).update();
        assertThat(JsonReport.write(service.result(CONSULTANT, id))).isEqualTo(json);
        assertThat(service.snapshot(CONSULTANT, id)).isEqualTo(snapshot);
    }
}

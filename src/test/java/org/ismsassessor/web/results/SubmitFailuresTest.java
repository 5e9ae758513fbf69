package org.ismsassessor.web.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.store.HistoryStore;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Caller;
import org.ismsassessor.web.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a submission answers when the database fails while its result is saved: the service's own stores and
 * transactions on an H2 database in memory, with a transaction manager whose commit can fail (before or after
 * really committing) and a database that can go away (no new connection) at that moment.
 */
class SubmitFailuresTest {
    private static final String CLIENT = "ORG-SPROUT";
    private static final LocalDate DATE = LocalDate.of(2026, 11, 29);
    /** Nanoseconds, which the database's TIMESTAMP keeps to the microsecond. */
    private static final Instant NOW = Instant.parse("2026-11-29T10:15:30.123456789Z");
    private static final Caller CONSULTANT = new Caller("carol", Role.CONSULTANT, Set.of(CLIENT));

    private Outage database;
    private FaultyCommits transactions;
    private ResultStore results;
    private HistoryStore history;
    private AssessmentService service;
    private byte[] snapshot;

    @BeforeEach
    void emptyDatabase() throws IOException {
        database = new Outage(new DriverManagerDataSource(
                "jdbc:h2:mem:submit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        results = new ResultStore(JdbcClient.create(database));
        history = HistoryStore.on(new TransactionAwareDataSourceProxy(database));
        transactions = new FaultyCommits(database);
        service = new AssessmentService(TestEngine.ASSESSMENT, TestEngine.LOADER, IntervalSettings.defaults(), history,
                results, new TransactionTemplate(transactions), Clock.fixed(NOW, ZoneOffset.UTC));
        snapshot = Files.readAllBytes(Path.of("samples", "sprout-startup.json"));
    }

    @Test
    void theAnswerIsWhatWasWrittenNotARowReadBackAfterTheCommit() {
        // Committed, then the database goes: reading the row back would have turned a saved result into an error.
        transactions.fault = Fault.DATABASE_GONE_AFTER_COMMIT;

        AssessmentService.Submitted submitted = service.submit(CONSULTANT, snapshot, DATE);

        database.down = false;
        StoredResult stored = submitted.stored();
        assertThat(results.find(stored.id())).contains(stored);
        assertThat(stored).isEqualTo(new StoredResult(stored.id(), CLIENT, DATE,
                LocalDateTime.of(2026, 11, 29, 10, 15, 30, 123_456_000), "carol",
                "Sprout Labs - first look at information security", Readiness.Verdict.NOT_READY,
                submitted.result().readiness().overall(), 10, 5, 45, 1));
        assertThat(transactions.begun.get()).isEqualTo(1);
    }

    @Test
    void aCommitWhoseAnswerWasLostButThatHappenedIsASuccess() {
        transactions.fault = Fault.ANSWER_LOST;

        AssessmentService.Submitted submitted = service.submit(CONSULTANT, snapshot, DATE);

        assertThat(results.ofClient(CLIENT)).containsExactly(submitted.stored());
        assertThat(history.assessments(new Client(CLIENT, null))).hasSize(1);
        assertThat(transactions.begun.get()).isEqualTo(1);
    }

    @Test
    void aCommitThatFailedIsCheckedAndThenNothingWasSavedIsTrue() {
        transactions.fault = Fault.REFUSED;

        Problem problem = catchThrowableOfType(Problem.class, () -> service.submit(CONSULTANT, snapshot, DATE));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.title()).isEqualTo("Service unavailable");
        assertThat(problem.getMessage()).isEqualTo("The result could not be stored now; nothing was saved. Try again.");
        assertThat(results.count()).isZero();
        assertThat(history.clients()).isEmpty();
        // The database is up but refuses commits: not a race, so not retried.
        assertThat(transactions.begun.get()).isEqualTo(1);
    }

    @Test
    void aCommitThatCannotBeCheckedMayHaveSavedTheResultAndSubmittingAgainIsSafe() {
        transactions.fault = Fault.ANSWER_LOST_AND_DATABASE_GONE;

        Problem problem = catchThrowableOfType(Problem.class, () -> service.submit(CONSULTANT, snapshot, DATE));

        database.down = false;
        List<StoredResult> saved = results.ofClient(CLIENT);
        assertThat(saved).hasSize(1);
        String id = saved.get(0).id();
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.getMessage()).isEqualTo("The database failed while saving the result and cannot be "
                + "reached to check it: the result may or may not have been saved (as result " + id + "). "
                + "Submitting the same snapshot and date again is safe: the client's history keeps one assessment "
                + "per day, replaced by the same one; if the first was saved, the client's results list both "
                + "submissions.");
        List<AssessmentSummary> before = history.assessments(new Client(CLIENT, null));

        // What the message promises: the same snapshot and date again are stored, nothing fails, one history entry.
        transactions.fault = Fault.NONE;
        AssessmentService.Submitted again = service.submit(CONSULTANT, snapshot, DATE);

        assertThat(again.stored().id()).isNotEqualTo(id);
        assertThat(results.ofClient(CLIENT)).extracting(StoredResult::id).containsExactlyInAnyOrder(id, again.stored().id());
        assertThat(history.assessments(new Client(CLIENT, null))).hasSize(1).isEqualTo(before);
        assertThat(history.assessments(new Client(CLIENT, null)).get(0).date()).isEqualTo(DATE);
    }

    @Test
    void aRaceLostOnceIsRetriedAndStored() {
        transactions.fault = Fault.DEADLOCK_ONCE;

        AssessmentService.Submitted submitted = service.submit(CONSULTANT, snapshot, DATE);

        assertThat(results.ofClient(CLIENT)).containsExactly(submitted.stored());
        assertThat(transactions.begun.get()).isEqualTo(2);
    }

    @Test
    void aTransientFailureOnEveryAttemptIs503NothingSaved() {
        transactions.fault = Fault.DEADLOCK_ALWAYS;

        Problem problem = catchThrowableOfType(Problem.class, () -> service.submit(CONSULTANT, snapshot, DATE));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.getMessage()).isEqualTo("The result could not be stored now; nothing was saved. Try again.");
        assertThat(transactions.begun.get()).isEqualTo(AssessmentService.SAVE_ATTEMPTS);
        assertThat(results.count()).isZero();
    }

    @Test
    void aConstraintViolationOnEveryAttemptIsAConflictNotTryAgain() {
        // Not a race: a constraint the result breaks whatever the timing (as a duplicate finding id would).
        JdbcClient.create(database).sql("ALTER TABLE assessment_result ADD CONSTRAINT refuses_sprout "
                + "CHECK (client_id <> '" + CLIENT + "')").update();

        Problem problem = catchThrowableOfType(Problem.class, () -> service.submit(CONSULTANT, snapshot, DATE));

        assertConflict(problem);
    }

    @Test
    void aConstraintViolationInTheHistoryIsAConflictToo() {
        // The history store reports SQL errors as its own StoreException, with the SQLSTATE behind it.
        JdbcClient.create(database).sql("ALTER TABLE assessment ADD CONSTRAINT refuses_sprout "
                + "CHECK (client_id <> '" + CLIENT + "')").update();

        Problem problem = catchThrowableOfType(Problem.class, () -> service.submit(CONSULTANT, snapshot, DATE));

        assertConflict(problem);
    }

    private void assertConflict(Problem problem) {
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.title()).isEqualTo("Conflict");
        assertThat(problem.getMessage()).isEqualTo("The result conflicts with what is stored: the database refused it "
                + "as a duplicate or as referring to a missing row, on every retry; nothing was saved. Submitting it "
                + "again will not help: report it to the service's administrator.");
        assertThat(problem.errors()).isEmpty();
        assertThat(transactions.begun.get()).isEqualTo(AssessmentService.SAVE_ATTEMPTS);
        assertThat(results.count()).isZero();
        assertThat(history.clients()).isEmpty();
    }

    /** What goes wrong at the commit. */
    enum Fault {
        NONE,
        /** Committed; then no new connection can be made. */
        DATABASE_GONE_AFTER_COMMIT,
        /** Committed, but the driver reports the connection lost before the commit's answer. */
        ANSWER_LOST,
        /** As ANSWER_LOST, and no new connection can be made to check. */
        ANSWER_LOST_AND_DATABASE_GONE,
        /** Not committed (rolled back), the connection lost. */
        REFUSED,
        /** The first attempt loses a lock race (rolled back); the next commits. */
        DEADLOCK_ONCE,
        /** Every attempt loses a lock race. */
        DEADLOCK_ALWAYS
    }

    /** Spring's JDBC transactions, but for the commit, which fails as told. */
    static final class FaultyCommits extends JdbcTransactionManager {
        volatile Fault fault = Fault.NONE;
        final AtomicInteger begun = new AtomicInteger();
        private final Outage database;

        FaultyCommits(Outage database) {
            super(database);
            this.database = database;
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
            begun.incrementAndGet();
            super.doBegin(transaction, definition);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            switch (fault) {
                case NONE -> super.doCommit(status);
                case DATABASE_GONE_AFTER_COMMIT -> {
                    super.doCommit(status);
                    database.down = true;
                }
                case ANSWER_LOST -> {
                    super.doCommit(status);
                    throw connectionLost();
                }
                case ANSWER_LOST_AND_DATABASE_GONE -> {
                    super.doCommit(status);
                    database.down = true;
                    throw connectionLost();
                }
                case REFUSED -> {
                    super.doRollback(status);
                    throw connectionLost();
                }
                case DEADLOCK_ONCE, DEADLOCK_ALWAYS -> {
                    super.doRollback(status);
                    if (fault == Fault.DEADLOCK_ONCE) {
                        fault = Fault.NONE;
                    }
                    throw new CannotAcquireLockException("JDBC commit; deadlock detected",
                            new SQLException("deadlock detected", "40P01"));
                }
            }
        }

        /** What JdbcTransactionManager makes of PostgreSQL's driver losing its connection during a commit. */
        private static DataAccessResourceFailureException connectionLost() {
            return new DataAccessResourceFailureException("JDBC commit; An I/O error occurred while sending to the "
                    + "backend.", new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        }
    }

    /** A database that can stop taking connections (those already open go on working). */
    static final class Outage extends DelegatingDataSource {
        volatile boolean down;

        Outage(DriverManagerDataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
            }
            return super.getConnection();
        }
    }
}

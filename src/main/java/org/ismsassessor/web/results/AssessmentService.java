package org.ismsassessor.web.results;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.compare.Assessed;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.ismsassessor.compare.Comparer;
import org.ismsassessor.compare.Comparison;
import org.ismsassessor.compare.ControlStatuses;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.TimeLimitExceeded;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.ismsassessor.store.CompressedResult;
import org.ismsassessor.store.HistoryStore;
import org.ismsassessor.store.StoreException;
import org.ismsassessor.web.DatabaseErrors;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Caller;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the API and the pages do with assessments, for one caller: every read is limited to the clients the
 * caller is granted (another client's data is "not found"), every write to the roles that may submit.
 */
@Service
public class AssessmentService {
    /** Concurrent submissions for one client and day race on the history's row; the loser retries. */
    static final int SAVE_ATTEMPTS = 3;
    static final String CONFLICT = "The result conflicts with what is stored: the database refused it as a "
            + "duplicate or as referring to a missing row, on every retry; nothing was saved. Submitting it again "
            + "will not help: report it to the service's administrator.";
    static final String NOT_SAVED = "The result could not be stored now; nothing was saved. Try again.";

    private final Assessment assessment;
    private final SnapshotLoader loader;
    private final EditionEngines editions;
    private final IntervalSettings intervals;
    private final HistoryStore history;
    private final ResultStore results;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Comparer comparer;
    private final SubmissionLimits limits;

    public AssessmentService(Assessment assessment, SnapshotLoader loader, IntervalSettings intervals,
            HistoryStore history, ResultStore results, TransactionTemplate transaction, Clock clock) {
        this(assessment, loader, intervals, history, results, transaction, clock, SubmissionLimits.defaults());
    }

    public AssessmentService(Assessment assessment, SnapshotLoader loader, IntervalSettings intervals,
            HistoryStore history, ResultStore results, TransactionTemplate transaction, Clock clock,
            SubmissionLimits limits) {
        this(new EditionEngines(assessment, loader, null), intervals, history, results, transaction, clock, limits);
    }

    /** @param editions the engine of each edition; its default's assessment and loader serve what names no edition */
    @org.springframework.beans.factory.annotation.Autowired
    public AssessmentService(EditionEngines editions, IntervalSettings intervals,
            HistoryStore history, ResultStore results, TransactionTemplate transaction, Clock clock,
            SubmissionLimits limits) {
        Assessment assessment = editions.defaults().assessment();
        SnapshotLoader loader = editions.defaults().loader();
        this.editions = editions;
        this.limits = limits;
        this.assessment = assessment;
        this.loader = loader;
        this.intervals = intervals;
        this.history = history;
        this.results = results;
        this.transaction = transaction;
        this.clock = clock;
        this.comparer = new Comparer(assessment.catalogue().order());
    }

    public Catalogue catalogue() {
        return assessment.catalogue();
    }

    /** Checks a snapshot without assessing it; the errors name their JSON paths. */
    public List<InputError> validate(Caller caller, byte[] snapshot) {
        limits.memory().check(snapshot.length);
        try (AssessmentGate.Permit permit = limits.gate().enter(caller.username(), snapshot.length)) {
            if (org.ismsassessor.workbook.SnapshotImport.isWorkbook(snapshot)) {
                return WorkbookUploads.errors(loader, snapshot);
            }
            return editions.forSnapshot(snapshot).loader().load(snapshot) instanceof LoadResult.Rejected rejected
                    ? rejected.errors() : List.of();
        }
    }

    public SubmissionLimits limits() {
        return limits;
    }

    /**
     * Assesses a snapshot and stores the result under its client (the organization id), with the client's
     * history for that day, in one transaction.
     */
    public Submitted submit(Caller caller, byte[] snapshot, LocalDate date) {
        if (!caller.role().maySubmit()) {
            throw Problem.forbidden("Your role (" + caller.role() + ") may read assessments but not submit them.");
        }
        if (snapshot.length > loader.limits().maxBytes()) {
            throw Problem.tooLarge("The snapshot is larger than the limit.", List.of(new InputError("$",
                    "the snapshot is " + org.ismsassessor.snapshot.Limits.size(snapshot.length) + ", more than the limit of "
                            + org.ismsassessor.snapshot.Limits.size(loader.limits().maxBytes()))));
        }
        limits.memory().check(snapshot.length);
        // Everything that holds the snapshot's facts or its result in memory runs inside the gate.
        try (AssessmentGate.Permit permit = limits.gate().enter(caller.username(), snapshot.length)) {
            return assessAndStore(caller, WorkbookUploads.asJson(loader, snapshot), date); // a workbook is read into JSON first
        }
    }

    private Submitted assessAndStore(Caller caller, byte[] snapshot, LocalDate date) {
        // A snapshot is checked against the catalogue of the edition it names and assessed by that edition's pack.
        EditionEngines.Engine engine = editions.forSnapshot(snapshot);
        LoadResult loaded = engine.loader().load(snapshot);
        if (loaded instanceof LoadResult.Rejected rejected) {
            throw Problem.badInput("The snapshot is not valid.", rejected.errors());
        }
        LoadResult.Loaded ok = (LoadResult.Loaded) loaded;
        String client = ok.snapshot().organization() == null ? null : ok.snapshot().organization().id();
        if (client == null || client.isBlank()) {
            throw Problem.badInput("The snapshot names no client.", List.of(new InputError("$.organization.id",
                    "required by the service: the assessment is filed under this client id")));
        }
        if (!caller.mayAccess(client)) {
            throw Problem.forbidden("You are not granted client '" + client + "'; an admin can grant it to you.");
        }
        checkStorable(ok);
        AssessmentResult result;
        try {
            result = engine.assessment().assess(ok, date == null ? LocalDate.now(clock) : date, intervals);
        } catch (TimeLimitExceeded e) {
            throw Problem.unprocessable("The snapshot could not be assessed: " + e.getMessage()
                    + " (assessor.limits.time-limit-seconds). Nothing was saved.");
        } catch (org.ismsassessor.assessment.TooManyFindings e) {
            throw Problem.unprocessable("The snapshot could not be assessed: " + e.getMessage() + ". Nothing was saved.");
        }
        Assessed assessed = new Assessed(result, ControlStatuses.declaredIn(ok.snapshot()));
        // Every attempt writes the same values, so the answer is the stored row whichever attempt committed; it is
        // built from them, not read back: a database failing after the commit must not turn a saved result into
        // an error.
        StoredResult stored = ResultStore.headline(UUID.randomUUID().toString(), result, LocalDateTime.now(clock),
                caller.username());
        // The result's JSON is written once, compressed, and refused past the limit before anything is stored.
        byte[] resultGzip;
        try {
            resultGzip = CompressedResult.write(result, limits.maxResultBytes());
        } catch (CompressedResult.TooLarge e) {
            throw Problem.unprocessable("The result of this snapshot is larger than the "
                    + org.ismsassessor.snapshot.Limits.size(limits.maxResultBytes()) + " the service stores "
                    + "(assessor.limits.result-mb): " + result.findings().size() + " findings. Nothing was saved.");
        }
        byte[] snapshotGzip = CompressedResult.gzip(snapshot);
        for (int attempt = 1; ; attempt++) {
            boolean[] written = {false};
            try {
                transaction.executeWithoutResult(status -> {
                    history.save(assessed, resultGzip);
                    results.insert(stored, snapshotGzip, resultGzip);
                    written[0] = true;
                });
                return new Submitted(stored, result);
            } catch (DataAccessException | TransactionException | StoreException e) {
                if (DatabaseErrors.isDataException(e)) {
                    // Not the database's fault: a value the columns cannot hold (checked above for the known ones).
                    throw Problem.badInput("A value of the snapshot is too long to be stored; nothing was saved.",
                            List.of(new InputError("$", "an id or text longer than the service stores")));
                }
                if (written[0]) {
                    // Every statement succeeded and the commit failed: the commit may have happened all the same
                    // (the connection lost before its answer came).
                    switch (checkStored(stored.id())) {
                        case STORED -> {
                            return new Submitted(stored, result);
                        }
                        case UNKNOWN -> throw Problem.unavailable(mayHaveBeenSaved(stored.id()));
                        case NOT_STORED -> {
                            // Go on as for a failed statement.
                        }
                    }
                }
                // Nothing of this submission is stored (a failed statement rolls the whole transaction back).
                boolean retryable = DatabaseErrors.isConstraintViolation(e)
                        || e instanceof TransientDataAccessException || e instanceof StoreException;
                if (retryable && attempt < SAVE_ATTEMPTS) {
                    continue;
                }
                if (DatabaseErrors.isConstraintViolation(e)) {
                    // Past the retries, not a race with another submission: the same request would fail again.
                    throw Problem.conflict(CONFLICT);
                }
                throw Problem.unavailable(NOT_SAVED);
            }
        }
    }

    /**
     * The 503 detail when the commit's outcome cannot be checked. Submitting again is safe: the history keeps one
     * assessment per client and day, which the same snapshot and date replace with an identical one.
     */
    static String mayHaveBeenSaved(String id) {
        return "The database failed while saving the result and cannot be reached to check it: the result may or "
                + "may not have been saved (as result " + id + "). Submitting the same snapshot and date again is "
                + "safe: the client's history keeps one assessment per day, replaced by the same one; if the first "
                + "was saved, the client's results list both submissions.";
    }

    /** What the database says of a result whose commit failed. */
    private enum Check { STORED, NOT_STORED, UNKNOWN }

    private Check checkStored(String id) {
        try {
            return results.exists(id) ? Check.STORED : Check.NOT_STORED;
        } catch (DataAccessException | TransactionException e) {
            return Check.UNKNOWN;
        }
    }

    /** The longest values the service's tables hold (V1 and V2 migrations). */
    static final int MAX_CLIENT_ID = 200;
    static final int MAX_CLIENT_NAME = 500;
    static final int MAX_SNAPSHOT_NAME = 1000;

    /** Bad input rather than a database error for the snapshot's values stored in columns of limited length. */
    private static void checkStorable(LoadResult.Loaded loaded) {
        List<InputError> errors = new java.util.ArrayList<>();
        var organization = loaded.snapshot().organization();
        if (organization.id().length() > MAX_CLIENT_ID) {
            errors.add(new InputError("$.organization.id", "at most " + MAX_CLIENT_ID + " characters"));
        }
        if (organization.name() != null && organization.name().length() > MAX_CLIENT_NAME) {
            errors.add(new InputError("$.organization.name", "at most " + MAX_CLIENT_NAME + " characters"));
        }
        if (loaded.snapshot().name() != null && loaded.snapshot().name().length() > MAX_SNAPSHOT_NAME) {
            errors.add(new InputError("$.name", "at most " + MAX_SNAPSHOT_NAME + " characters"));
        }
        if (!errors.isEmpty()) {
            throw Problem.badInput("The snapshot is not valid for the service.", errors);
        }
    }

    /** A submission's stored headline and its full result. */
    public record Submitted(StoredResult stored, AssessmentResult result) {
    }

    public StoredResult find(Caller caller, String id) {
        return results.find(id).filter(r -> caller.mayAccess(r.client()))
                .orElseThrow(() -> Problem.notFound("No result '" + id + "' that you can see."));
    }

    public AssessmentResult result(Caller caller, String id) {
        find(caller, id);
        return results.result(id).orElseThrow(() -> Problem.notFound("No result '" + id + "' that you can see."));
    }

    public byte[] snapshot(Caller caller, String id) {
        find(caller, id);
        return results.snapshot(id).orElseThrow(() -> Problem.notFound("No result '" + id + "' that you can see."));
    }

    /** The clients the caller sees, by id. */
    public List<Client> clients(Caller caller) {
        return history.clients().stream().filter(c -> caller.mayAccess(c.id())).toList();
    }

    public Client client(Caller caller, String clientId) {
        return history.clients().stream().filter(c -> c.id().equals(clientId) && caller.mayAccess(c.id()))
                .findFirst().orElseThrow(() -> Problem.notFound("No client '" + clientId + "' that you can see."));
    }

    /** A client's results, newest first. */
    public List<StoredResult> results(Caller caller, String clientId) {
        return results.ofClient(client(caller, clientId).id());
    }

    /** A client's stored assessments per day, oldest first, with scores. */
    public List<AssessmentSummary> history(Caller caller, String clientId) {
        return history.assessments(client(caller, clientId));
    }

    /** The latest assessment of every client the caller sees. */
    public List<AssessmentSummary> portfolio(Caller caller) {
        if (!caller.role().seesPortfolio()) {
            throw Problem.forbidden("Your role (" + caller.role() + ") has no portfolio: open your client's history.");
        }
        return latest(caller);
    }

    /** The latest stored assessment of each client the caller sees (clients never assessed are absent). */
    public List<AssessmentSummary> latest(Caller caller) {
        return history.latestOfEachClient().stream().filter(a -> caller.mayAccess(a.client().id())).toList();
    }

    /**
     * Compares two stored results: finding by finding for one client (with the client's history, to tell a
     * finding that is back), scores only across clients.
     */
    public Comparison compare(Caller caller, String earlierId, String laterId) {
        AssessmentResult earlier = result(caller, earlierId);
        AssessmentResult later = result(caller, laterId);
        String before = earlier.assessor().edition();
        String after = later.assessor().edition();
        if (before != null && after != null && !before.equals(after)) {
            // Finding ids name each edition's requirements: matched by id, every finding would look resolved and new.
            throw Problem.badInput("The results are assessments against different editions.", List.of(new InputError(
                    "earlier, later", "result " + earlierId + " is assessed against " + before + " and result " + laterId
                            + " against " + after + "; compare them with the command line's compare --cross-edition")));
        }
        Assessed a = new Assessed(earlier, ControlStatuses.recordedIn(earlier));
        Assessed b = new Assessed(later, ControlStatuses.recordedIn(later));
        if (!Comparer.sameClient(a, b)) {
            return comparer.compareScoresOnly(a, b);
        }
        Optional<Client> client = history.client(b.client());
        return comparer.compare(a, b, client.map(history::findingHistory).orElse(List.of()));
    }
}

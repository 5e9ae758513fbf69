package org.ismsassessor.web.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.finding.Priority;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.tracking.ActionPlanSheet;
import org.ismsassessor.tracking.ActionStatus;
import org.ismsassessor.tracking.Reconciliation;
import org.ismsassessor.tracking.TrackedAction;
import org.ismsassessor.tracking.TrackingUpdate;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Caller;
import org.ismsassessor.web.results.AssessmentService;
import org.ismsassessor.web.results.ResultStore;
import org.ismsassessor.web.results.StoredResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Remediation tracking for one caller: the client's action plan (of its latest assessment) with each item's tracking,
 * set by consultants and admins, read by everyone the client is granted to; and the reconciliation after each new
 * assessment.
 */
@Service
public class TrackingService {
    /** The largest workbook a tracking upload takes. */
    static final int MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrackingService.class);
    private final TrackingStore store;
    private final AssessmentService assessments;
    private final ResultStore results;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public TrackingService(TrackingStore store, AssessmentService assessments, ResultStore results,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.results = results;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * One action-plan item with its tracking. An item tracked earlier whose finding the latest assessment no longer
     * raises is listed too, with {@code raised} false and no plan fields.
     *
     * @param key     the finding's stable id
     * @param overdue still to do (open, in progress) after its due date, today
     */
    public record ActionItem(String key, Integer rank, Priority priority, String requirement, String action,
            String ownerRole, boolean raised, ActionStatus status, String assignee, LocalDate dueDate, String notes,
            boolean overdue, String updatedBy, LocalDateTime updatedAt) {
    }

    /** The answer of an uploaded spreadsheet: how many rows were applied, and the rows whose item is unknown. */
    public record TrackingUpload(int applied, List<UnknownRow> unknown) {
    }

    /** A spreadsheet row naming no item of the client's action plan: listed, never silently dropped. */
    public record UnknownRow(String cell, String key) {
    }

    public List<ActionItem> list(Caller caller, String client, boolean overdueOnly) {
        String clientId = assessments.client(caller, client).id();
        List<ActionItem> items = items(clientId, latest(caller, clientId));
        return overdueOnly ? items.stream().filter(ActionItem::overdue).toList() : items;
    }

    /**
     * The same for a page that holds a result of the client already: when it is the latest, it is not read again (a
     * large result is costly to read).
     */
    public List<ActionItem> list(Caller caller, String client, String shownId, AssessmentResult shown) {
        String clientId = assessments.client(caller, client).id();
        List<StoredResult> all = assessments.results(caller, clientId);
        AssessmentResult latest = all.isEmpty() ? null : all.get(0).id().equals(shownId) ? shown
                : results.result(all.get(0).id()).orElseThrow();
        return items(clientId, latest);
    }

    public ActionItem get(Caller caller, String client, String key) {
        return list(caller, client, false).stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> Problem.notFound("No action-plan item '" + key + "' of client '" + client + "'."));
    }

    public ActionItem put(Caller caller, String client, String key, JsonNode body) {
        String clientId = assessments.client(caller, client).id();
        mayWrite(caller);
        List<InputError> errors = new ArrayList<>();
        TrackingUpdate update = TrackingUpdate.read(body, errors);
        if (update == null) {
            throw Problem.badInput("The tracking is not valid.", errors);
        }
        if (!known(clientId, latest(caller, clientId)).containsKey(key)) {
            throw Problem.notFound("No action-plan item '" + key + "' of client '" + clientId
                    + "': the key is the finding id of an item of its latest assessment's action plan.");
        }
        store.put(clientId, key, update, caller.username(), LocalDateTime.now(clock));
        return get(caller, clientId, key);
    }

    /** Applies the tracking columns of an uploaded XLSX report's action plan, all rows or none. */
    public TrackingUpload upload(Caller caller, String client, byte[] xlsx) {
        String clientId = assessments.client(caller, client).id();
        mayWrite(caller);
        if (xlsx.length > MAX_UPLOAD_BYTES) {
            // A report's action plan is small; a workbook this large is read whole into memory, so it is refused.
            throw Problem.tooLarge("The workbook is too large for a tracking upload.", List.of(new InputError("$",
                    "the workbook is " + org.ismsassessor.snapshot.Limits.size(xlsx.length) + ", more than the "
                            + org.ismsassessor.snapshot.Limits.size(MAX_UPLOAD_BYTES) + " a tracking upload takes")));
        }
        ActionPlanSheet.Read read = ActionPlanSheet.read(xlsx);
        if (!read.errors().isEmpty()) {
            throw Problem.badInput("The spreadsheet's action plan cannot be applied; nothing was changed.", read.errors());
        }
        Map<String, Boolean> known = known(clientId, latest(caller, clientId));
        List<UnknownRow> unknown = new ArrayList<>();
        List<ActionPlanSheet.Line> apply = new ArrayList<>();
        for (ActionPlanSheet.Line line : read.lines()) {
            if (known.containsKey(line.key())) {
                apply.add(line);
            } else {
                unknown.add(new UnknownRow(line.cell(), line.key()));
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        transaction.executeWithoutResult(status -> apply.forEach(
                line -> store.put(clientId, line.key(), line.update(), caller.username(), now)));
        return new TrackingUpload(apply.size(), unknown);
    }

    /**
     * After a new assessment of the client: closes the items whose finding is gone, reopens those raised again. The
     * assessment is stored by then: a database failing here is logged, never turned into a failed submission.
     */
    public void reconcile(String submittedBy, AssessmentResult result) {
        String client = result.snapshot().organizationId();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            transaction.executeWithoutResult(status -> {
                for (Reconciliation.Change change : Reconciliation.changes(store.ofClient(client), result)) {
                    store.put(client, change.key(), change.update(), submittedBy, now);
                }
            });
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            LOG.warn("The remediation tracking of client {} was not brought in step with its assessment of {}: {}",
                    client, result.assessmentDate(), e.getMessage());
        }
    }

    /**
     * The client's tracked items as the XLSX report's tracker columns, by finding id; the status as the workbook's
     * drop-down words it ("in progress").
     */
    public Map<String, org.ismsassessor.report.SpreadsheetReport.Tracked> spreadsheetColumns(String client) {
        Map<String, org.ismsassessor.report.SpreadsheetReport.Tracked> columns = new HashMap<>();
        store.ofClient(client).forEach(t -> columns.put(t.key(), new org.ismsassessor.report.SpreadsheetReport.Tracked(
                t.status().word().replace('-', ' '), t.assignee(), t.dueDate(), t.notes())));
        return columns;
    }

    /** How many items of each client are overdue today. */
    public Map<String, Integer> overdueByClient() {
        return store.overdueByClient(LocalDate.now(clock));
    }

    private List<ActionItem> items(String client, AssessmentResult latest) {
        LocalDate today = LocalDate.now(clock);
        Map<String, TrackedAction> tracked = new LinkedHashMap<>();
        store.ofClient(client).forEach(t -> tracked.put(t.key(), t));
        List<ActionItem> items = new ArrayList<>();
        if (latest != null) {
            for (AssessmentResult.PlannedAction a : latest.actionPlan()) {
                TrackedAction t = tracked.remove(a.findingId());
                items.add(new ActionItem(a.findingId(), a.rank(), a.priority(), a.requirement(), a.action(), a.ownerRole(),
                        true, t == null ? ActionStatus.OPEN : t.status(), t == null ? null : t.assignee(),
                        t == null ? null : t.dueDate(), t == null ? null : t.notes(), t != null && t.overdueOn(today),
                        t == null ? null : t.updatedBy(), t == null ? null : t.updatedAt()));
            }
        }
        tracked.values().forEach(t -> items.add(new ActionItem(t.key(), null, null, null, null, null, false, t.status(),
                t.assignee(), t.dueDate(), t.notes(), t.overdueOn(today), t.updatedBy(), t.updatedAt())));
        return items;
    }

    /** The keys a user may track: the latest action plan's items and those tracked before. */
    private Map<String, Boolean> known(String client, AssessmentResult latest) {
        Map<String, Boolean> keys = new HashMap<>();
        if (latest != null) {
            latest.actionPlan().forEach(a -> keys.put(a.findingId(), true));
        }
        store.ofClient(client).forEach(t -> keys.putIfAbsent(t.key(), false));
        return keys;
    }

    private AssessmentResult latest(Caller caller, String client) {
        List<StoredResult> all = assessments.results(caller, client);
        return all.isEmpty() ? null : results.result(all.get(0).id()).orElseThrow();
    }

    private static void mayWrite(Caller caller) {
        if (!caller.role().maySubmit()) {
            throw Problem.forbidden("Your role (" + caller.role() + ") may read the remediation tracking but not "
                    + "change it: consultants and admins do.");
        }
    }
}

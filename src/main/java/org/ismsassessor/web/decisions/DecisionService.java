package org.ismsassessor.web.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Decisions;
import org.ismsassessor.decision.AppliedDecisions;
import org.ismsassessor.decision.Decision;
import org.ismsassessor.decision.DecisionRequests;
import org.ismsassessor.decision.Fingerprint;
import org.ismsassessor.finding.DecisionKind;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Caller;
import org.ismsassessor.web.results.AssessmentService;
import org.ismsassessor.web.results.ResultStore;
import org.ismsassessor.web.results.StoredResult;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Recording, listing and withdrawing decisions for one caller: a client not granted is "not found", recording and
 * withdrawing are for consultants and admins. A decision is checked against the client's latest assessment, where its
 * finding must be raised, and takes that finding's facts as its fingerprint.
 */
@Service
public class DecisionService {
    private final DecisionStore store;
    private final AssessmentService assessments;
    private final ResultStore results;
    private final Clock clock;

    public DecisionService(DecisionStore store, AssessmentService assessments, ResultStore results, Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.results = results;
        this.clock = clock;
    }

    /**
     * A decision as the API lists it: as recorded, and how it stands against the client's latest assessment
     * ({@code applied}, {@code lapsed} with why, or {@code withdrawn}).
     */
    public record ListedDecision(String id, String client, String findingId, String subject, DecisionKind kind,
            String justification, String approval, LocalDate dueDate, String decidedBy, LocalDate decidedOn,
            LocalDate expiresOn, String fingerprint, String status, String lapsedBecause, String latestResult,
            String withdrawnBy, LocalDateTime withdrawnAt) {
    }

    public ListedDecision record(Caller caller, String client, JsonNode body) {
        String clientId = assessments.client(caller, client).id();
        mayWrite(caller);
        LocalDate today = LocalDate.now(clock);
        List<InputError> errors = new ArrayList<>();
        Decision decision = DecisionRequests.read(body, "$", DecisionRequests.Source.API, caller.username(), today,
                errors);
        if (decision == null) {
            throw Problem.badInput("The decision is not valid.", errors);
        }
        StoredResult latest = latest(caller, clientId);
        if (latest == null) {
            throw Problem.badInput("The client has no assessment to decide on.", List.of(new InputError("$.findingId",
                    "client '" + clientId + "' has no assessment yet: submit one, then decide on its findings")));
        }
        AssessmentResult result = results.result(latest.id()).orElseThrow();
        Finding finding = result.findings().stream().filter(f -> f.id().equals(decision.findingId())).findFirst()
                .orElseThrow(() -> Problem.badInput("The decision names no finding of the latest assessment.",
                        List.of(new InputError("$.findingId", "no finding '" + decision.findingId()
                                + "' in the client's latest assessment (result " + latest.id() + " of "
                                + latest.assessedOn() + ")"))));
        DecisionRequests.checkAgainst(decision, finding, "$", errors);
        if (!errors.isEmpty()) {
            throw Problem.badInput("The decision is not valid.", errors);
        }
        Decision stored = decision.withId(UUID.randomUUID().toString())
                .withFingerprint(Fingerprint.of(finding, decision.subject()));
        store.insert(clientId, stored);
        return listed(clientId, new DecisionStore.Stored(stored, null, null), status(result, List.of(stored)),
                latest.id());
    }

    /** Every decision of the client, withdrawn ones included, with how each stands against the latest assessment. */
    public List<ListedDecision> list(Caller caller, String client) {
        String clientId = assessments.client(caller, client).id();
        List<DecisionStore.Stored> all = store.ofClient(clientId);
        StoredResult latest = latest(caller, clientId);
        Map<String, Decisions.Outcome> outcomes = latest == null ? Map.of()
                : status(results.result(latest.id()).orElseThrow(),
                        all.stream().filter(s -> !s.withdrawn()).map(DecisionStore.Stored::decision).toList());
        return all.stream().map(s -> listed(clientId, s, outcomes, latest == null ? null : latest.id())).toList();
    }

    public ListedDecision withdraw(Caller caller, String client, String id) {
        String clientId = assessments.client(caller, client).id();
        DecisionStore.Stored found = store.find(clientId, id)
                .orElseThrow(() -> Problem.notFound("No decision '" + id + "' of client '" + clientId + "'."));
        mayWrite(caller);
        if (found.withdrawn()) {
            throw Problem.conflict("Decision '" + id + "' was withdrawn already, by " + found.withdrawnBy() + " at "
                    + found.withdrawnAt() + ".");
        }
        store.withdraw(clientId, id, caller.username(), LocalDateTime.now(clock));
        return list(caller, clientId).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** The result with the client's standing decisions, as every view of it shows them. */
    public AssessmentResult applied(AssessmentResult result) {
        String client = result.snapshot().organizationId();
        if (client == null) {
            return result;
        }
        return AppliedDecisions.apply(assessments.catalogue(), result, store.standing(client));
    }

    private static void mayWrite(Caller caller) {
        if (!caller.role().maySubmit()) {
            throw Problem.forbidden("Your role (" + caller.role() + ") may read decisions but not record or withdraw "
                    + "them: consultants and admins do.");
        }
    }

    private StoredResult latest(Caller caller, String client) {
        List<StoredResult> all = assessments.results(caller, client);
        return all.isEmpty() ? null : all.get(0);
    }

    private Map<String, Decisions.Outcome> status(AssessmentResult result, List<Decision> decisions) {
        AssessmentResult applied = AppliedDecisions.apply(assessments.catalogue(), result, decisions);
        Map<String, Decisions.Outcome> byId = new HashMap<>();
        if (applied.decisions() != null) {
            applied.decisions().applied().forEach(o -> byId.put(o.id(), o));
            applied.decisions().lapsed().forEach(o -> byId.put(o.id(), o));
        }
        return byId;
    }

    private static ListedDecision listed(String client, DecisionStore.Stored s, Map<String, Decisions.Outcome> outcomes,
            String latest) {
        Decision d = s.decision();
        Decisions.Outcome outcome = outcomes.get(d.id());
        String status = s.withdrawn() ? "withdrawn" : outcome == null ? Decisions.Outcome.LAPSED : outcome.status();
        String why = s.withdrawn() || outcome == null ? (s.withdrawn() ? null : "the client has no assessment")
                : outcome.lapsedBecause();
        return new ListedDecision(d.id(), client, d.findingId(), d.subject(), d.kind(), d.justification(), d.approval(),
                d.dueDate(), d.decidedBy(), d.decidedOn(), d.expiresOn(), d.fingerprint(), status, why, latest,
                s.withdrawnBy(), s.withdrawnAt());
    }
}

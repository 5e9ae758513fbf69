package org.ismsassessor.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.DecidedReadiness;
import org.ismsassessor.assessment.Decisions;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;

/**
 * Puts decisions beside a result's findings, as they stand on its assessment date. A decision applies while its
 * finding (and item) is raised with the same facts ({@link Fingerprint}) and the assessment date is not after its
 * expiry; otherwise it lapses, and says why. Nothing about the findings, their kinds or the verdict changes.
 */
public final class AppliedDecisions {
    static final String EXPIRED = "expired on ";
    static final String FACTS_CHANGED = "the finding's facts changed since the decision";
    static final String FINDING_GONE = "the finding is no longer raised";
    static final String ITEM_GONE = "the finding no longer lists this item";

    private AppliedDecisions() {
    }

    /** The result with its decisions; the result as it is when there are none. */
    public static AssessmentResult apply(Catalogue catalogue, AssessmentResult result, List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return result;
        }
        Map<String, Finding> findings = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Finding f : result.findings()) {
            findings.put(f.id(), f);
            order.put(f.id(), order.size());
        }
        List<Decision> sorted = new ArrayList<>(decisions);
        // Result order of their findings (findings gone last, by id), then item, date and id: the same decisions
        // always come out in the same order.
        sorted.sort(Comparator.comparing((Decision d) -> order.getOrDefault(d.findingId(), Integer.MAX_VALUE))
                .thenComparing(Decision::findingId)
                .thenComparing(d -> d.subject() == null ? "" : d.subject())
                .thenComparing(Decision::decidedOn)
                .thenComparing(d -> d.id() == null ? "" : d.id()));
        List<Decisions.Outcome> applied = new ArrayList<>();
        List<Decisions.Outcome> lapsed = new ArrayList<>();
        Map<String, Set<String>> decidedItems = new HashMap<>();
        Set<String> decidedWhole = new HashSet<>();
        for (Decision d : sorted) {
            Finding finding = findings.get(d.findingId());
            String why = lapse(d, finding, result);
            Decisions.Outcome outcome = new Decisions.Outcome(d.id(), d.findingId(), d.subject(),
                    finding == null ? null : finding.requirement(), d.kind(), d.justification(), d.approval(),
                    d.dueDate(), d.decidedBy(), d.decidedOn(), d.expiresOn(),
                    why == null ? Decisions.Outcome.APPLIED : Decisions.Outcome.LAPSED, why);
            if (why == null) {
                applied.add(outcome);
                if (d.subject() == null) {
                    decidedWhole.add(d.findingId());
                } else {
                    decidedItems.computeIfAbsent(d.findingId(), k -> new HashSet<>()).add(d.subject());
                }
            } else {
                lapsed.add(outcome);
            }
        }
        // A grouped finding each of whose items is decided counts as decided as a whole.
        decidedItems.forEach((id, items) -> {
            if (items.containsAll(DecisionRequests.subjects(findings.get(id)))) {
                decidedWhole.add(id);
            }
        });
        Set<String> decided = new LinkedHashSet<>();
        result.findings().stream().map(Finding::id).filter(decidedWhole::contains).forEach(decided::add);
        double readiness = DecidedReadiness.overall(catalogue, result, decided);
        return result.withDecisions(new Decisions(readiness, List.copyOf(decided), applied, lapsed));
    }

    /** Why a decision does not apply to this result; null when it applies. */
    static String lapse(Decision d, Finding finding, AssessmentResult result) {
        if (finding == null) {
            return FINDING_GONE;
        }
        if (d.subject() != null && !DecisionRequests.subjects(finding).contains(d.subject())) {
            return ITEM_GONE;
        }
        if (d.fingerprint() != null && !d.fingerprint().equals(Fingerprint.of(finding, d.subject()))) {
            return FACTS_CHANGED;
        }
        if (d.expiresOn() != null && result.assessmentDate().isAfter(d.expiresOn())) {
            return EXPIRED + d.expiresOn();
        }
        return null;
    }
}

package org.ismsassessor.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.catalogue.Requirement;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;

/**
 * Computes readiness from the findings, failing closed: what is not evidenced is not conforming. Each applicable
 * requirement or control earns a credit from the worst finding against it (its own, or one raised once for
 * several requirements through {@code alsoRequirements}): none 1.0, observation 0.9, minor nonconformity 0.4,
 * gap 0 and major nonconformity 0; a requirement whose checks a missing element blocks earns 0 too. A group's
 * score is the mean credit of its applicable ids, times 100, to one decimal; the overall score is the mean over all
 * applicable ids. Evidence coverage is the share of applicable ids neither gapped nor blocked. Every clause 4-8
 * requirement applies; an Annex A control applies when it is expected (always, by a characteristic, or by a
 * treated risk) or selected.
 */
final class ReadinessCalculator {
    private ReadinessCalculator() {
    }

    static double credit(FindingKind worst) {
        if (worst == null) {
            return 1.0;
        }
        return switch (worst) {
            case OBSERVATION -> 0.9;
            case GAP -> 0.0;
            case MINOR_NONCONFORMITY -> 0.4;
            case MAJOR_NONCONFORMITY -> 0.0;
        };
    }

    /**
     * @param blocked      requirements whose checks could not run because an element they need is missing
     * @param notEvidenced labels of the mandatory elements the snapshot does not evidence
     */
    static Readiness compute(Catalogue catalogue, List<Finding> findings, Set<String> applicableControls,
            Set<String> blocked, List<String> notEvidenced) {
        Map<String, FindingKind> worst = new HashMap<>();
        for (Finding f : findings) {
            worst.merge(f.requirement(), f.kind(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            for (String also : f.alsoRequirements()) {
                worst.merge(also, f.kind(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        for (Requirement r : catalogue.requirements()) {
            clauses.computeIfAbsent(r.id().substring(0, 1), k -> new ArrayList<>()).add(r.id());
        }
        Map<String, List<String>> domains = new LinkedHashMap<>();
        Map<String, String> domainTitles = new HashMap<>();
        for (Control c : catalogue.controls()) {
            domainTitles.put(c.domain(), c.clauseTitle());
            List<String> ids = domains.computeIfAbsent(c.domain(), k -> new ArrayList<>());
            if (applicableControls.contains(c.id())) {
                ids.add(c.id());
            }
        }
        List<Readiness.Score> byClause = new ArrayList<>();
        clauses.forEach((clause, ids) -> byClause.add(score(clause, catalogue.groupTitle(clause), ids, worst, blocked)));
        List<Readiness.Score> byDomain = new ArrayList<>();
        domains.forEach((domain, ids) -> byDomain.add(score(domain, domainTitles.get(domain), ids, worst, blocked)));

        List<String> all = new ArrayList<>();
        clauses.values().forEach(all::addAll);
        domains.values().forEach(all::addAll);
        double overall = score("all", "Overall", all, worst, blocked).score();
        long decidable = all.stream().filter(id -> worst.get(id) != FindingKind.GAP
                && !(blocked.contains(id) && !worst.containsKey(id))).count();
        double coverage = all.isEmpty() ? 100.0 : Math.round(1000.0 * decidable / all.size()) / 10.0;

        long majors = findings.stream().filter(f -> f.kind() == FindingKind.MAJOR_NONCONFORMITY).count();
        long minors = findings.stream().filter(f -> f.kind() == FindingKind.MINOR_NONCONFORMITY).count();
        long gaps = findings.stream().filter(f -> f.kind() == FindingKind.GAP).count();
        Readiness.Verdict verdict;
        String reason;
        if (!notEvidenced.isEmpty()) {
            verdict = Readiness.Verdict.NOT_READY;
            reason = "the snapshot does not evidence " + String.join(", ", notEvidenced)
                    + ": a certification audit cannot start without " + (notEvidenced.size() == 1 ? "it" : "them")
                    + (majors > 0 ? "; and " + majors + " major nonconformit" + (majors == 1 ? "y" : "ies") : "");
        } else if (majors > 0) {
            Finding first = findings.stream().filter(f -> f.kind() == FindingKind.MAJOR_NONCONFORMITY).findFirst().orElseThrow();
            verdict = Readiness.Verdict.NOT_READY;
            reason = majors + " major nonconformit" + (majors == 1 ? "y" : "ies")
                    + " must be closed before certification, first " + first.requirement() + ": " + first.title();
        } else if (minors > 0 || gaps > 0) {
            verdict = Readiness.Verdict.READY_WITH_CONDITIONS;
            reason = "no major nonconformity; " + minors + " minor nonconformit" + (minors == 1 ? "y" : "ies")
                    + " to correct and " + gaps + " gap" + (gaps == 1 ? "" : "s") + " of evidence to close";
        } else {
            verdict = Readiness.Verdict.READY;
            reason = "no nonconformity and no missing evidence";
        }
        return new Readiness(verdict, reason, overall, coverage, notEvidenced, byClause, byDomain);
    }

    private static Readiness.Score score(String group, String title, List<String> ids, Map<String, FindingKind> worst,
            Set<String> blocked) {
        double total = 0;
        int clean = 0;
        for (String id : ids) {
            FindingKind kind = worst.get(id);
            boolean isBlocked = kind == null && blocked.contains(id);
            total += isBlocked ? 0.0 : credit(kind);
            if (kind == null || !kind.atLeast(FindingKind.MINOR_NONCONFORMITY)) {
                clean++;
            }
        }
        double score = ids.isEmpty() ? 100.0 : Math.round(1000.0 * total / ids.size()) / 10.0;
        return new Readiness.Score(group, title, ids.size(), clean, score);
    }
}

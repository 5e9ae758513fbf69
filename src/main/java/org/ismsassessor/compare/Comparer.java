package org.ismsassessor.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.compare.Comparison.Change;
import org.ismsassessor.compare.Comparison.ControlChange;
import org.ismsassessor.compare.Comparison.FindingChange;
import org.ismsassessor.compare.Comparison.FindingRef;
import org.ismsassessor.compare.Comparison.Regression;
import org.ismsassessor.compare.Comparison.RegressionKind;
import org.ismsassessor.compare.Comparison.ScoreChange;
import org.ismsassessor.finding.Finding;

/**
 * Compares two assessments. Findings are matched by their stable id first, then by requirement, rule and
 * primary subject (the same issue with another kind or other facts); unmatched earlier findings are resolved,
 * unmatched later ones new. Deterministic: lists follow the assessments' own order, controls the standard's.
 */
public final class Comparer {
    private final Comparator<String> controlOrder;

    /** @param controlOrder the standard's order of control ids (the catalogue's) */
    public Comparer(Comparator<String> controlOrder) {
        this.controlOrder = controlOrder;
    }

    /** Whether two assessments are of the same client: by organization id, by name when a result lacks the id. */
    public static boolean sameClient(Assessed earlier, Assessed later) {
        AssessmentResult.SnapshotInfo a = earlier.result().snapshot();
        AssessmentResult.SnapshotInfo b = later.result().snapshot();
        if (a.organizationId() != null && b.organizationId() != null) {
            return a.organizationId().equals(b.organizationId());
        }
        return Objects.equals(a.organization(), b.organization());
    }

    /**
     * Compares two assessments of one client.
     *
     * @param history earlier stored assessments of the client (any order, may include either side); a new finding
     *                that was open in one of them and resolved in a later one is a regression
     */
    public Comparison compare(Assessed earlier, Assessed later, List<EarlierAssessment> history) {
        if (!sameClient(earlier, later)) {
            throw new IllegalArgumentException("Assessments of " + earlier.client() + " and " + later.client()
                    + " are of different clients: compare their scores only");
        }
        Comparison.FindingChanges findings = classify(earlier.result().findings(), later.result().findings());
        List<ControlChange> controls = earlier.controls().known() && later.controls().known()
                ? controlChanges(earlier.controls(), later.controls()) : null;
        List<Regression> regressions = regressions(findings, controls, earlier, later);
        regressions.addAll(reopened(findings.added(), earlier, later, history));
        return new Comparison(Comparison.FORMAT_VERSION, false, side(earlier), side(later),
                readiness(earlier.result(), later.result()), findings, controls, List.copyOf(regressions),
                notes(earlier, later, controls == null));
    }

    /**
     * Compares two assessments of one client against different editions. The finding ids of two editions differ (they
     * name each edition's requirement), so findings are matched by rule name and subject, which a rule pack ported to
     * a newer edition keeps; the control statuses are compared as the caller re-expressed them in one edition's
     * controls. No stored history is read: the finding ids it holds are of one edition.
     *
     * @param earlierControls the earlier side's SoA statuses in the controls of {@code laterControls}' edition
     */
    public Comparison compareAcrossEditions(Assessed earlier, Assessed later, ControlStatuses earlierControls,
            ControlStatuses laterControls, String note) {
        if (!sameClient(earlier, later)) {
            throw new IllegalArgumentException("Assessments of " + earlier.client() + " and " + later.client()
                    + " are of different clients: compare their scores only");
        }
        Comparison.FindingChanges findings = classify(earlier.result().findings(), later.result().findings(),
                f -> f.rule() + "|" + f.subject());
        List<ControlChange> controls = earlierControls.known() && laterControls.known()
                ? controlChanges(earlierControls, laterControls) : null;
        List<Regression> regressions = regressions(findings, controls, earlier, later);
        List<String> notes = new ArrayList<>();
        notes.add(note);
        notes.addAll(notes(earlier, later, controls == null));
        // Clause 9 or A.7 name different things in two editions: only the overall score is compared.
        Comparison.ReadinessChange both = readiness(earlier.result(), later.result());
        Comparison.ReadinessChange overall = new Comparison.ReadinessChange(both.earlierVerdict(), both.laterVerdict(),
                both.overall(), List.of(), List.of());
        return new Comparison(Comparison.FORMAT_VERSION, false, side(earlier), side(later), overall, findings, controls,
                List.copyOf(regressions), List.copyOf(notes));
    }

    /** Compares the readiness of assessments of different clients: no finding or control is matched across them. */
    public Comparison compareScoresOnly(Assessed earlier, Assessed later) {
        return new Comparison(Comparison.FORMAT_VERSION, true, side(earlier), side(later),
                readiness(earlier.result(), later.result()), null, null, List.of(),
                List.of("Assessments of different clients (" + earlier.client() + ", " + later.client()
                        + "): only the scores are compared."));
    }

    static Comparison.FindingChanges classify(List<Finding> earlierGroups, List<Finding> laterGroups) {
        return classify(earlierGroups, laterGroups, Finding::itemKey);
    }

    /** @param key what makes an item of the earlier assessment the same as one of the later (first pass) */
    private static Comparison.FindingChanges classify(List<Finding> earlierGroups, List<Finding> laterGroups,
            java.util.function.Function<Finding, String> key) {
        // A grouped finding keeps its id while its items change: compare item by item, so that subjects added to
        // and removed from a group show as new and resolved.
        List<Finding> earlierFindings = earlierGroups.stream().flatMap(f -> f.perItem().stream()).toList();
        List<Finding> laterFindings = laterGroups.stream().flatMap(f -> f.perItem().stream()).toList();
        Map<String, Finding> unmatched = new LinkedHashMap<>();
        earlierFindings.forEach(f -> unmatched.put(key.apply(f), f));
        Map<Finding, Finding> matchOf = new java.util.IdentityHashMap<>();
        for (Finding later : laterFindings) {
            Finding earlier = unmatched.remove(key.apply(later));
            if (earlier != null) {
                matchOf.put(later, earlier);
            }
        }
        for (Finding later : laterFindings) {
            if (!matchOf.containsKey(later)) {
                unmatched.values().stream().filter(e -> sameIssue(e, later)).findFirst().ifPresent(e -> {
                    matchOf.put(later, e);
                    unmatched.remove(key.apply(e));
                });
            }
        }
        List<FindingChange> added = new ArrayList<>();
        List<FindingChange> persisting = new ArrayList<>();
        List<FindingChange> changed = new ArrayList<>();
        for (Finding later : laterFindings) {
            Finding earlier = matchOf.get(later);
            if (earlier == null) {
                added.add(change(Change.NEW, null, later));
            } else if (earlier.kind() == later.kind() && sameFacts(earlier, later)) {
                persisting.add(change(Change.PERSISTING, earlier, later));
            } else {
                changed.add(change(Change.CHANGED, earlier, later));
            }
        }
        List<FindingChange> resolved = unmatched.values().stream().map(e -> change(Change.RESOLVED, e, null)).toList();
        return new Comparison.FindingChanges(resolved, List.copyOf(added), List.copyOf(persisting), List.copyOf(changed));
    }

    private static boolean sameIssue(Finding a, Finding b) {
        return a.requirement().equals(b.requirement()) && a.rule().equals(b.rule()) && Objects.equals(a.subject(), b.subject());
    }

    /** The same entities and fields (paths may move when a register is reordered, so they do not count). */
    private static boolean sameFacts(Finding a, Finding b) {
        return itemFacts(FindingRef.of(a), a.subject()).equals(itemFacts(FindingRef.of(b), b.subject()));
    }

    /** The facts of the item a finding (or a view of one item of a group) is about: the other items do not count. */
    private static List<?> itemFacts(FindingRef ref, String subject) {
        return ref.subjects().stream().filter(s -> s.equals(subject) || s.startsWith(subject + ".")).toList();
    }

    private static FindingChange change(Change change, Finding earlier, Finding later) {
        Finding either = later != null ? later : earlier;
        return new FindingChange(change, either.requirement(), either.subject(),
                earlier == null ? null : FindingRef.of(earlier), later == null ? null : FindingRef.of(later));
    }

    private List<ControlChange> controlChanges(ControlStatuses earlier, ControlStatuses later) {
        Set<String> controls = new TreeSet<>(controlOrder);
        controls.addAll(earlier.byControl().keySet());
        controls.addAll(later.byControl().keySet());
        List<ControlChange> changes = new ArrayList<>();
        for (String control : controls) {
            ControlStatus before = earlier.byControl().get(control);
            ControlStatus after = later.byControl().get(control);
            if (!Objects.equals(before, after)) {
                changes.add(new ControlChange(control, before, after));
            }
        }
        return List.copyOf(changes);
    }

    /** New findings that were open in an earlier assessment and resolved in a later one, before this one. */
    private static List<Regression> reopened(List<FindingChange> added, Assessed earlier, Assessed later,
            List<EarlierAssessment> history) {
        Map<LocalDate, Set<String>> timeline = new TreeMap<>();
        history.stream().filter(h -> h.date().isBefore(later.date())).forEach(h -> timeline.put(h.date(), h.openFindingIds()));
        timeline.put(earlier.date(), EarlierAssessment.of(earlier.date(), earlier.result().findings()).openFindingIds());
        List<Regression> regressions = new ArrayList<>();
        for (FindingChange change : added) {
            String id = change.later().id();
            String item = Finding.itemKey(id, change.subject());
            LocalDate openOn = null;
            LocalDate resolvedOn = null;
            for (Map.Entry<LocalDate, Set<String>> assessment : timeline.entrySet()) {
                if (assessment.getValue().contains(item)) {
                    openOn = assessment.getKey();
                    resolvedOn = null;
                } else if (openOn != null && resolvedOn == null) {
                    resolvedOn = assessment.getKey();
                }
            }
            if (resolvedOn != null) {
                regressions.add(new Regression(RegressionKind.REOPENED, change.requirement(), change.subject(), id,
                        change.later().title() + ": open on " + openOn + ", resolved by " + resolvedOn
                                + ", open again on " + later.date()));
            }
        }
        return regressions;
    }

    private static Comparison.Side side(Assessed assessed) {
        AssessmentResult result = assessed.result();
        return new Comparison.Side(assessed.client(), result.snapshot().organization(), result.snapshot().name(),
                result.assessor().edition(),
                result.snapshot().sha256(), result.assessmentDate(), result.assessor().ruleSetVersion(),
                result.readiness().verdict(), result.readiness().overall(), result.summary().byKind());
    }

    private static Comparison.ReadinessChange readiness(AssessmentResult earlier, AssessmentResult later) {
        Readiness before = earlier.readiness();
        Readiness after = later.readiness();
        return new Comparison.ReadinessChange(before.verdict(), after.verdict(),
                score("all", "Overall", before.overall(), after.overall()),
                scores(before.byClause(), after.byClause()), scores(before.byDomain(), after.byDomain()));
    }

    private static List<ScoreChange> scores(List<Readiness.Score> earlier, List<Readiness.Score> later) {
        Map<String, Readiness.Score> before = new LinkedHashMap<>();
        earlier.forEach(s -> before.put(s.group(), s));
        Map<String, Readiness.Score> after = new LinkedHashMap<>();
        later.forEach(s -> after.put(s.group(), s));
        List<String> groups = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(g -> !after.containsKey(g)).forEach(groups::add);
        return groups.stream().map(g -> {
            Readiness.Score b = before.get(g);
            Readiness.Score a = after.get(g);
            return score(g, a != null ? a.title() : b.title(), b == null ? null : b.score(), a == null ? null : a.score());
        }).toList();
    }

    private static ScoreChange score(String group, String title, Double earlier, Double later) {
        Double delta = earlier == null || later == null ? null : Math.round(10 * (later - earlier)) / 10.0;
        return new ScoreChange(group, title, earlier, later, delta);
    }

    private static List<String> notes(Assessed earlier, Assessed later, boolean controlsUnknown) {
        List<String> notes = new ArrayList<>();
        String before = earlier.result().assessor().ruleSetVersion();
        String after = later.result().assessor().ruleSetVersion();
        if (!Objects.equals(before, after)) {
            notes.add("The rule sets differ (" + before + " and " + after
                    + "): some findings may be new or resolved because the rules changed, not the organization.");
        }
        String gradedBefore = earlier.result().assessor().gradingVersion();
        String gradedAfter = later.result().assessor().gradingVersion();
        if (!Objects.equals(gradedBefore, gradedAfter)) {
            notes.add("The grading tables differ (" + (gradedBefore == null ? "none recorded: result format 1.0" : gradedBefore)
                    + " and " + (gradedAfter == null ? "none recorded: result format 1.0" : gradedAfter) + "): a finding's kind, the"
                    + " verdict and the scores may have changed because of the grading alone, not the organization.");
        }
        if (!earlier.date().isBefore(later.date())) {
            notes.add("The later assessment (" + later.date() + ") is not dated after the earlier one (" + earlier.date() + ").");
        }
        if (controlsUnknown) {
            notes.add("SoA statuses are not compared: a saved result does not carry the declared Statement of Applicability.");
        }
        return List.copyOf(notes);
    }

    /** Findings whose kind got worse, and controls implemented earlier and no longer: in both kinds of comparison. */
    private static List<Regression> regressions(Comparison.FindingChanges findings, List<ControlChange> controls,
            Assessed earlier, Assessed later) {
        List<Regression> regressions = new ArrayList<>();
        findings.all().stream().filter(FindingChange::worse).forEach(c -> regressions.add(new Regression(
                RegressionKind.WORSE_KIND, c.requirement(), c.subject(), c.later().id(),
                c.later().title() + ": was " + c.earlier().kind().label().toLowerCase() + ", now "
                        + c.later().kind().label().toLowerCase())));
        if (controls != null) {
            controls.stream().filter(c -> c.earlier() != null && c.earlier().implemented()
                            && (c.later() == null || !c.later().implemented()))
                    .forEach(c -> regressions.add(new Regression(RegressionKind.NO_LONGER_IMPLEMENTED, c.control(),
                            c.control(), null, "Control " + c.control() + " was implemented on " + earlier.date()
                                    + " and is " + c.laterLabel() + " on " + later.date())));
        }
        return regressions;
    }
}

package org.ismsassessor.assessment;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.engine.ControlExpected;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.engine.RuleSession;
import org.ismsassessor.engine.SessionOutcome;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.finding.Subject;
import org.ismsassessor.grading.Element;
import org.ismsassessor.grading.GradingTable;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.PathIndex;
import org.ismsassessor.snapshot.Snapshot;
import org.ismsassessor.snapshot.SoaEntry;

/** Assesses loaded snapshots against one rule base; safe to share, one fresh rule session per call. */
public final class Assessment {
    public static final String ASSESSOR_NAME = "isms-assessor";
    public static final String ASSESSOR_VERSION = "0.1.0";

    private final Catalogue catalogue;
    private final RuleBase ruleBase;
    private final RuleSession session;

    public Assessment(Catalogue catalogue, RuleBase ruleBase) {
        this(catalogue, ruleBase, null);
    }

    /**
     * @param timeLimit the longest rule evaluation of one assessment, or null for none; past it
     *                  {@link org.ismsassessor.engine.TimeLimitExceeded} is thrown
     */
    public Assessment(Catalogue catalogue, RuleBase ruleBase, java.time.Duration timeLimit) {
        this.catalogue = catalogue;
        this.ruleBase = ruleBase;
        this.session = new RuleSession(ruleBase, catalogue, timeLimit);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    /**
     * @param intervals the defaults, possibly overridden for this run; the organization's own intervals
     *                  from the snapshot are applied on top here
     */
    public AssessmentResult assess(LoadResult.Loaded loaded, LocalDate date, IntervalSettings intervals) {
        Snapshot snapshot = loaded.snapshot();
        IntervalSettings inForce = snapshot.organization() == null ? intervals
                : intervals.withOrganizationIntervals(snapshot.organization().intervals());
        Integer threshold = snapshot.riskMethodology() == null ? null : snapshot.riskMethodology().acceptanceThreshold();
        ActionPlanner planner = new ActionPlanner(catalogue, threshold);
        SessionOutcome outcome = session.run(snapshot, date, inForce);
        GradingTable grading = ruleBase.grading();
        FindingsPass.Outcome passed = new FindingsPass(grading, catalogue).run(outcome.findings().stream()
                .map(f -> resolvePaths(f, loaded.paths()))
                .toList(), loaded.paths(), bare(snapshot, grading));
        // Words, not codes, before the actions are planned from the remedies: every format reads the same texts.
        Wording wording = new Wording(snapshot, catalogue);
        List<Finding> findings = inFindingOrder(passed.findings().stream().map(wording::apply).map(planner::plan).toList());
        List<String> notEvidenced = grading.elements().stream().filter(Element::mandatory)
                .filter(e -> passed.missingElements().contains(e.name()) || absentOrEmpty(snapshot, e.name()))
                .map(Element::label).toList();
        List<ControlApplicability> soa = statementOfApplicability(snapshot, outcome.expectedControls(), findings);
        // A control counts toward readiness when it is expected or the SoA selects it.
        Set<String> applicableControls = soa.stream().filter(c -> c.expected() || c.selected())
                .map(ControlApplicability::control).collect(java.util.stream.Collectors.toSet());
        return new AssessmentResult(
                AssessmentResult.FORMAT_VERSION,
                new AssessmentResult.Assessor(ASSESSOR_NAME, ASSESSOR_VERSION, catalogue.edition().id(),
                        ruleBase.version(), ruleBase.rules().size(), grading.name(), grading.version()),
                new AssessmentResult.SnapshotInfo(snapshot.name(),
                        snapshot.organization() == null ? null : snapshot.organization().id(),
                        snapshot.organization() == null ? null : snapshot.organization().name(),
                        snapshot.edition(), loaded.sha256()),
                date,
                inForce.all(),
                ReadinessCalculator.compute(catalogue, findings, applicableControls, passed.blockedRequirements(),
                        notEvidenced),
                summarize(findings),
                findings,
                soa,
                actionPlan(findings));
    }

    /**
     * Every control in the catalogue's order: the reasons it is expected (sorted: always, characteristic,
     * risks by id), the SoA's declaration, and the findings against it or about its SoA entry.
     */
    private List<ControlApplicability> statementOfApplicability(Snapshot snapshot, List<ControlExpected> expected,
            List<Finding> findings) {
        Map<String, SoaEntry> entries = new HashMap<>();
        if (snapshot.statementOfApplicability() != null) {
            snapshot.statementOfApplicability().entries().forEach(e -> entries.putIfAbsent(e.control(), e));
        }
        Map<String, List<ControlApplicability.Reason>> reasons = new HashMap<>();
        expected.stream()
                .sorted(Comparator.comparing(ControlExpected::reason)
                        .thenComparing(e -> e.characteristic() == null ? "" : e.characteristic())
                        .thenComparing(e -> e.riskId() == null ? "" : e.riskId()))
                .forEach(e -> reasons.computeIfAbsent(e.control(), c -> new ArrayList<>()).add(ControlApplicability.Reason.of(e)));
        Map<String, Set<String>> findingIds = new HashMap<>();
        for (Finding finding : findings) {
            findingIds.computeIfAbsent(finding.requirement(), k -> new LinkedHashSet<>()).add(finding.id());
            for (String also : finding.alsoRequirements()) {
                findingIds.computeIfAbsent(also, k -> new LinkedHashSet<>()).add(finding.id());
            }
            for (Subject subject : finding.subjects()) {
                findingIds.computeIfAbsent(subject.id(), k -> new LinkedHashSet<>()).add(finding.id());
            }
        }
        List<ControlApplicability> lines = new ArrayList<>();
        for (Control control : catalogue.controls()) {
            String id = control.id();
            List<ControlApplicability.Reason> why = reasons.getOrDefault(id, List.of());
            SoaEntry entry = entries.get(id);
            lines.add(new ControlApplicability(id, !why.isEmpty(), why, entry != null,
                    entry == null ? null : entry.applicable(), entry == null ? null : entry.status(),
                    entry == null ? null : entry.justification(),
                    List.copyOf(findingIds.getOrDefault(id, Set.of()))));
        }
        return List.copyOf(lines);
    }

    /** True when the snapshot holds the organization profile and none of the elements of the ISMS. */
    private static boolean bare(Snapshot snapshot, GradingTable grading) {
        return grading.elements().stream().allMatch(e -> absentOrEmpty(snapshot, e.name()));
    }

    /** True when the snapshot leaves a section out or gives it empty (read by name from the snapshot record). */
    private static boolean absentOrEmpty(Snapshot snapshot, String section) {
        for (RecordComponent component : Snapshot.class.getRecordComponents()) {
            if (component.getName().equals(section)) {
                try {
                    Object value = component.getAccessor().invoke(snapshot);
                    return value == null || (value instanceof java.util.Collection<?> c && c.isEmpty());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read section " + section, e);
                }
            }
        }
        throw new IllegalStateException("elements.csv names '" + section + "', which is not a section of the snapshot");
    }

    private static Finding resolvePaths(Finding finding, PathIndex paths) {
        List<Subject> resolved = finding.subjects().stream()
                .map(s -> s.withPath(paths.pathOf(s.id(), s.field()).orElse(null)))
                .toList();
        return finding.withSubjects(resolved);
    }

    /**
     * The findings in the catalogue's order of their requirements, then by kind, subject, rule and id: a total order,
     * so that the report never depends on the order the rules fired in. Each finding's place in the catalogue is
     * looked up once rather than at every comparison (at 20,000 findings the sort was a sixth of the assessment).
     */
    private List<Finding> inFindingOrder(List<Finding> findings) {
        Comparator<String> catalogueOrder = catalogue.order();
        Map<String, Integer> rank = new HashMap<>();
        findings.stream().map(Finding::requirement).distinct().sorted(catalogueOrder)
                .forEachOrdered(requirement -> rank.put(requirement, rank.size()));
        record Ranked(int rank, Finding finding) {
        }
        return findings.stream()
                .map(f -> new Ranked(rank.get(f.requirement()), f))
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(r -> r.finding().kind())
                        .thenComparing(r -> r.finding().subject() == null ? "" : r.finding().subject())
                        .thenComparing(r -> r.finding().rule())
                        .thenComparing(r -> r.finding().id()))
                .map(Ranked::finding)
                .toList();
    }

    private Summary summarize(List<Finding> findings) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (FindingKind kind : FindingKind.values()) {
            byKind.put(kind.shortName(), 0);
        }
        Map<String, Map<String, Integer>> byClause = new TreeMap<>(catalogue.groupOrder());
        for (Finding finding : findings) {
            byKind.merge(finding.kind().shortName(), 1, Integer::sum);
            String group = catalogue.groupOf(finding.requirement());
            byClause.computeIfAbsent(group, g -> zeroCounts()).merge(finding.kind().shortName(), 1, Integer::sum);
        }
        return new Summary(findings.size(), byKind, new LinkedHashMap<>(byClause));
    }

    private static Map<String, Integer> zeroCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FindingKind kind : FindingKind.values()) {
            counts.put(kind.shortName(), 0);
        }
        return counts;
    }

    private static List<AssessmentResult.PlannedAction> actionPlan(List<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparing((Finding f) -> f.recommendedAction().priority()));
        List<AssessmentResult.PlannedAction> plan = new ArrayList<>();
        for (Finding f : ordered) {
            plan.add(new AssessmentResult.PlannedAction(plan.size() + 1, f.id(), f.requirement(),
                    f.recommendedAction().action(), f.recommendedAction().priority(), f.recommendedAction().ownerRole()));
        }
        return List.copyOf(plan);
    }
}

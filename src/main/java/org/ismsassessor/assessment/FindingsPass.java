package org.ismsassessor.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.finding.Grading;
import org.ismsassessor.finding.Item;
import org.ismsassessor.finding.Lateness;
import org.ismsassessor.finding.Subject;
import org.ismsassessor.grading.Element;
import org.ismsassessor.grading.GradingRow;
import org.ismsassessor.grading.GradingTable;
import org.ismsassessor.grading.SystemicProcess;
import org.ismsassessor.snapshot.PathIndex;

/**
 * The findings layer: one deterministic pass over what the rules raised, in this order (docs/grading.md):
 * <ol>
 * <li>grade every finding from its rule's line of the grading table (lateness graded by how late);</li>
 * <li>root causes suppress consequences: a finding that needs an element whose absence a root finding reports
 *     is not raised; nor is a root finding for an element built from one already missing; the root lists the
 *     requirements it blocks;</li>
 * <li>one fact, one finding: root findings for the same element, and a rule's finding with its twin under a more
 *     specific requirement, become one finding with the other ids in {@code alsoRequirements};</li>
 * <li>group the findings of one rule into one finding listing every subject, with an id made from the
 *     requirement, rule and group key, never from the subjects;</li>
 * <li>escalate a group to major when the table says the share or count shows a systematic failure;</li>
 * <li>raise several minors against the requirements of one process (systemic.csv) as one systemic major.</li>
 * </ol>
 */
final class FindingsPass {
    /** More findings than this in one result is refused: the grouping keeps real results far below it. */
    static final int MAX_FINDINGS = 5_000;

    /** How many subjects a grouped finding's title names before "...". */
    private static final int NAMED_IN_TITLE = 5;

    private final GradingTable table;
    private final Catalogue catalogue;

    FindingsPass(GradingTable table, Catalogue catalogue) {
        this.table = table;
        this.catalogue = catalogue;
    }

    /** What the pass concluded: the findings to report, the elements missing, and the requirements blocked. */
    record Outcome(List<Finding> findings, Set<String> missingElements, Set<String> blockedRequirements) {
    }

    /**
     * @param bare the snapshot holds the organization profile and nothing else: the absence of elements folded
     *             when bare is reported under the first missing mandatory element
     */
    Outcome run(List<Finding> raised, PathIndex paths, boolean bare) {
        // The rules fire in no fixed order: sort first, so that every choice below is the same in every run.
        List<Finding> graded = raised.stream().map(this::grade)
                .sorted(Comparator.comparing(Finding::requirement).thenComparing(Finding::rule)
                        .thenComparing(f -> f.subject() == null ? "" : f.subject()).thenComparing(Finding::id))
                .toList();

        // 2. Roots: which elements are reported missing (a gap or major from a root rule), and which of those
        // are themselves built from an element already missing.
        Set<String> missing = new LinkedHashSet<>();
        for (Element element : table.elements()) {
            boolean reported = graded.stream().anyMatch(f -> element.name().equals(row(f).root())
                    && f.kind() != FindingKind.OBSERVATION);
            if (reported) {
                missing.add(element.name());
            }
        }
        Map<String, String> rootOf = new LinkedHashMap<>();
        String firstMandatory = table.elements().stream().filter(Element::mandatory).map(Element::name)
                .filter(missing::contains).findFirst().orElse(null);
        for (String element : missing) {
            boolean folded = bare && firstMandatory != null && table.element(element).map(Element::foldedWhenBare).orElse(false);
            rootOf.put(element, folded ? firstMandatory : earliestMissing(element, missing));
        }
        Map<String, Set<String>> blocked = new TreeMap<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : graded) {
            GradingRow row = row(f);
            String blocker = blockerOf(row, f, rootOf);
            if (blocker == null) {
                kept.add(f);
            } else {
                blocked.computeIfAbsent(blocker, k -> new TreeSet<>()).add(f.requirement());
            }
        }

        // 3. One fact, one finding: roots of one element, then twins.
        kept = mergeRootsOfOneElement(kept);
        kept = mergeTwins(kept);

        // 4 and 5. Group per rule, escalate systematic groups.
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : kept) {
            GradingRow row = row(f);
            String requirement = row.groupUnder() != null ? row.groupUnder() : f.requirement();
            groups.computeIfAbsent(requirement + "|" + f.rule(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> result = new ArrayList<>();
        Set<String> blockedRequirements = new TreeSet<>(catalogue.order());
        for (List<Finding> members : groups.values()) {
            Finding grouped = group(members, paths);
            GradingRow row = row(grouped);
            if (row.isRoot() && rootOf.containsKey(row.root())) {
                Set<String> blocks = blocksOf(row.root(), rootOf, blocked);
                blocks.remove(grouped.requirement());
                blocks.removeAll(grouped.alsoRequirements());
                grouped = grouped.withBlocks(List.copyOf(blocks));
                blockedRequirements.addAll(blocks);
            }
            result.add(grouped);
        }
        result = systemicFailures(result);
        if (result.size() > MAX_FINDINGS) {
            throw new TooManyFindings(result.size(), MAX_FINDINGS);
        }
        return new Outcome(result, missing, blockedRequirements);
    }

    private GradingRow row(Finding f) {
        return table.rowFor(f.rule()).orElseThrow(() -> new IllegalStateException("rule \"" + f.rule()
                + "\" has no line in the grading table"));
    }

    private Finding grade(Finding f) {
        GradingRow row = row(f);
        String where = row.line() == 0 ? "@grade of the rule" : table.name() + " line " + row.line();
        FindingKind kind = row.base();
        String reason = row.base().shortName() + " (" + where + ": " + row.note() + ")";
        Lateness late = f.lateness();
        if (row.lateness() && late != null) {
            if (late.beyondFurtherInterval()) {
                kind = FindingKind.MAJOR_NONCONFORMITY;
                reason = "major: " + (late.neverDone() ? "never done" : "due on " + late.dueOn()
                        + " and more than a whole further interval (" + late.interval() + ") late")
                        + " (" + where + ": lateness graded)";
            } else {
                kind = FindingKind.MINOR_NONCONFORMITY;
                reason = "minor: due on " + late.dueOn() + ", late by less than one further interval ("
                        + late.interval() + ") (" + where + ": lateness graded)";
            }
        }
        return f.graded(kind, new Grading(table.name() + "@" + table.version(), row.line(), row.base(), reason));
    }

    /** The earliest missing element an element is built from (itself when none of its sources is missing). */
    private String earliestMissing(String element, Set<String> missing) {
        for (String source : table.element(element).map(Element::dependsOn).orElse(List.of())) {
            if (missing.contains(source)) {
                return earliestMissing(source, missing);
            }
            String further = earliestMissing(source, missing);
            if (!further.equals(source)) {
                return further;
            }
        }
        return element;
    }

    /** The root element a finding is a consequence of, or null when it stands on its own. */
    private String blockerOf(GradingRow row, Finding f, Map<String, String> rootOf) {
        if (row.isRoot() && rootOf.containsKey(row.root())) {
            // A root stands unless the element is built from one already missing (elements.csv, not its needs).
            String earliest = rootOf.get(row.root());
            return earliest.equals(row.root()) ? null : earliest;
        }
        return row.needs().stream().filter(rootOf::containsKey).map(rootOf::get)
                .min(Comparator.comparingInt(this::elementRank)).orElse(null);
    }

    private int elementRank(String element) {
        List<Element> all = table.elements();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(element)) {
                return i;
            }
        }
        return all.size();
    }

    /**
     * What a root blocks: the requirements whose rules need it or an element built from it (from the table), and
     * those of the findings it suppressed in this run.
     */
    private Set<String> blocksOf(String element, Map<String, String> rootOf, Map<String, Set<String>> suppressed) {
        Set<String> dependents = new LinkedHashSet<>();
        dependents.add(element);
        rootOf.forEach((folded, root) -> {
            if (root.equals(element)) {
                dependents.add(folded);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Element e : table.elements()) {
                if (!dependents.contains(e.name()) && e.dependsOn().stream().anyMatch(dependents::contains)) {
                    dependents.add(e.name());
                    grew = true;
                }
            }
        }
        Set<String> blocks = new TreeSet<>(catalogue.order());
        for (GradingRow row : table.rows().values()) {
            boolean needsIt = row.needs().stream().anyMatch(dependents::contains)
                    || (row.isRoot() && !row.root().equals(element) && dependents.contains(row.root()));
            if (!needsIt) {
                continue;
            }
            if (row.requirement() == null) {
                // A check of each control that cannot run blocks every control (and the requirement it groups under).
                catalogue.controls().forEach(c -> blocks.add(c.id()));
                if (row.groupUnder() != null) {
                    blocks.add(row.groupUnder());
                }
            } else if (row.requirement() != null && catalogue.contains(row.requirement())) {
                blocks.add(row.requirement());
            }
        }
        blocks.addAll(suppressed.getOrDefault(element, Set.of()));
        return blocks;
    }

    /** Root findings reporting one element missing are one fact: kept under the earliest requirement. */
    private List<Finding> mergeRootsOfOneElement(List<Finding> findings) {
        Map<String, List<Finding>> byElement = new LinkedHashMap<>();
        List<Finding> others = new ArrayList<>();
        for (Finding f : findings) {
            GradingRow row = row(f);
            if (row.isRoot() && f.kind() != FindingKind.OBSERVATION) {
                byElement.computeIfAbsent(row.root() + "|" + f.kind(), k -> new ArrayList<>()).add(f);
            } else {
                others.add(f);
            }
        }
        for (List<Finding> roots : byElement.values()) {
            roots.sort(Comparator.comparing(Finding::requirement, catalogue.order()).thenComparing(Finding::rule));
            Finding primary = roots.get(0);
            Set<String> also = new TreeSet<>(catalogue.order());
            roots.stream().skip(1).map(Finding::requirement).forEach(also::add);
            also.remove(primary.requirement());
            others.add(primary.withAlsoRequirements(List.copyOf(also)));
        }
        return others;
    }

    /** A finding whose twin (same rule-declared fact, same subject) is raised under a more specific requirement. */
    private List<Finding> mergeTwins(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        Map<String, Integer> primaryAt = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            primaryAt.putIfAbsent(out.get(i).rule() + "|" + out.get(i).subject(), i);
        }
        boolean[] merged = new boolean[out.size()];
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            String twin = row(f).twinOf();
            Integer at = twin == null ? null : primaryAt.get(twin + "|" + f.subject());
            if (at == null || merged[at]) {
                continue;
            }
            Finding primary = out.get(at);
            Set<String> also = new TreeSet<>(catalogue.order());
            also.addAll(primary.alsoRequirements());
            also.add(f.requirement());
            also.addAll(f.alsoRequirements());
            also.remove(primary.requirement());
            Finding combined = primary.withAlsoRequirements(List.copyOf(also));
            if (f.kind().compareTo(primary.kind()) < 0) {
                combined = combined.graded(f.kind(), new Grading(f.grading().table(), f.grading().line(),
                        f.grading().base(), f.grading().reason() + "; the more serious of the twins \"" + f.rule()
                                + "\" and \"" + primary.rule() + "\""));
            }
            out.set(at, combined);
            merged[i] = true;
        }
        List<Finding> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!merged[i]) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    private Finding group(List<Finding> members, PathIndex paths) {
        members.sort(Comparator.comparing((Finding f) -> f.subject() == null ? "" : f.subject())
                .thenComparing(Finding::id));
        Finding first = members.get(0);
        GradingRow row = row(first);
        boolean byControl = row.groupUnder() != null;
        String requirement = byControl ? row.groupUnder() : first.requirement();
        String id = groupId(requirement, first.rule(), "");
        FindingKind kind = members.stream().map(Finding::kind).min(Comparator.naturalOrder()).orElseThrow();
        Finding worst = members.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
        Set<String> also = new TreeSet<>(catalogue.order());
        members.forEach(m -> also.addAll(m.alsoRequirements()));
        if (byControl) {
            members.forEach(m -> also.add(m.requirement()));
        }
        also.remove(requirement);
        List<Subject> subjects = members.stream().flatMap(m -> m.subjects().stream()).distinct().toList();
        Integer risk = members.stream().map(Finding::riskLevel).filter(Objects::nonNull).max(Integer::compare).orElse(null);
        Finding grouped;
        if (members.size() == 1) {
            grouped = first.asGroup(id, requirement, first.title(), first.explanation(), subjects,
                    List.of(new Item(first.subject(), first.requirement())), risk);
        } else {
            List<String> named = members.stream().map(Finding::subject).filter(Objects::nonNull).distinct().toList();
            String list = named.stream().limit(NAMED_IN_TITLE).collect(Collectors.joining(", "))
                    + (named.size() > NAMED_IN_TITLE ? ", ..." : "");
            String title = first.rule() + ": " + members.size() + " items (" + list + ")";
            String explanation = members.size() + " items are affected, each listed in subjects. The first: "
                    + first.explanation();
            List<Item> items = members.stream().map(m -> new Item(m.subject(), m.requirement())).toList();
            grouped = first.asGroup(id, requirement, title, explanation, subjects, items, risk);
        }
        grouped = grouped.withAlsoRequirements(List.copyOf(also))
                .graded(kind, worst.grading());
        if (kind == FindingKind.MINOR_NONCONFORMITY && row.escalation().any()) {
            String firstPath = subjects.stream().map(Subject::path).filter(Objects::nonNull).findFirst().orElse(null);
            int population = byControl ? catalogue.controls().size() : paths.populationOf(firstPath);
            long items = members.stream().map(Finding::subject).distinct().count();
            String why = row.escalation().reasonToEscalate((int) items, population);
            if (why != null) {
                Grading g = grouped.grading();
                grouped = grouped.graded(FindingKind.MAJOR_NONCONFORMITY, new Grading(g.table(), g.line(), g.base(),
                        "major: escalated from minor, a systematic failure: " + why + " (" + g.table().split("@")[0]
                                + " line " + g.line() + ": escalate " + row.escalation() + ")"));
            }
        }
        return grouped;
    }

    /**
     * Several nonconformities against the requirements of one process (systemic.csv) are one systemic failure: raised
     * as one major finding under the first requirement, listing each minor as an item and the other requirements in
     * alsoRequirements.
     */
    private List<Finding> systemicFailures(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        for (SystemicProcess process : table.systemic()) {
            List<Finding> minors = out.stream()
                    .filter(f -> f.kind().atLeast(FindingKind.MINOR_NONCONFORMITY) && process.covers(f.requirement()))
                    .sorted(Comparator.comparing(Finding::requirement, catalogue.order()).thenComparing(Finding::rule))
                    .toList();
            Set<String> requirements = new TreeSet<>(catalogue.order());
            minors.forEach(f -> requirements.add(f.requirement()));
            if (requirements.size() < process.minimum()) {
                continue;
            }
            out.removeAll(minors);
            Finding first = minors.get(0);
            String requirement = requirements.iterator().next();
            Set<String> also = new TreeSet<>(catalogue.order());
            minors.forEach(m -> also.addAll(m.alsoRequirements()));
            also.addAll(requirements);
            also.remove(requirement);
            List<Item> items = new ArrayList<>();
            for (Finding m : minors) {
                if (m.items().isEmpty()) {
                    items.add(new Item(m.subject(), m.requirement()));
                } else {
                    items.addAll(m.items());
                }
            }
            List<Subject> subjects = minors.stream().flatMap(m -> m.subjects().stream()).distinct().toList();
            String label = process.label();
            String title = "Systemic failure in " + label + ": " + requirements.size() + " requirements not met ("
                    + String.join(", ", requirements) + ")";
            String explanation = "Each point below is a nonconformity on its own; together they show that " + label
                    + " does not work as required. " + minors.stream()
                            .map(m -> m.requirement() + ": " + m.title()).collect(Collectors.joining("; ")) + ".";
            String remedy = "Review how " + label + " is run as a whole and fix the process, then correct each point: "
                    + minors.stream().map(Finding::remedy).filter(r -> r != null && !r.isBlank()).distinct()
                            .collect(Collectors.joining(" "));
            Integer risk = minors.stream().map(Finding::riskLevel).filter(Objects::nonNull).max(Integer::compare).orElse(null);
            Grading grading = new Grading(table.name().replace("grading.csv", "systemic.csv") + "@" + table.version(),
                    process.line(), first.grading().base(), "major: " + requirements.size() + " requirements of " + label
                            + " have nonconformities, one systemic failure (systemic.csv line " + process.line()
                            + ": from " + process.minimum() + ")");
            Finding systemic = new Finding(groupId(requirement, "systemic:" + process.process(), ""), requirement,
                    "Several requirements of " + label + " are not met", FindingKind.MAJOR_NONCONFORMITY, title,
                    explanation, subjects, remedy, risk, null, items.size(), List.copyOf(also), grading, List.of(),
                    first.lateness(), items.size() > 1 ? items : List.of());
            out.add(systemic);
        }
        return out;
    }

    /** A grouped finding's id: from its requirement, rule and group key, so it stays while its subjects change. */
    static String groupId(String requirement, String rule, String groupKey) {
        String key = requirement + "|" + rule + "|" + groupKey;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "F-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

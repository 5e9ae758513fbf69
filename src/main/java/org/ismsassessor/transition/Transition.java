package org.ismsassessor.transition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ismsassessor.transition.TransitionReport.Carried;
import org.ismsassessor.transition.TransitionReport.ControlTransition;
import org.ismsassessor.transition.TransitionReport.NewControl;
import org.ismsassessor.transition.TransitionReport.NewObligation;
import org.ismsassessor.transition.TransitionReport.Outcome;
import org.ismsassessor.transition.TransitionReport.Source;
import org.ismsassessor.transition.TransitionReport.WithoutSuccessor;

/**
 * Re-expresses a Statement of Applicability of 2005 (through 2013) or 2013 in the controls of ISO/IEC 27001:2022.
 * A 2022 control's decision carries over when every earlier control it comes from has a decision in the SoA and
 * they all agree (applicable with the same status, or all not applicable with a justification); otherwise it needs
 * a new decision, and the reason says which source is missing or how they disagree.
 */
public final class Transition {
    /** The edition of the snapshots a transition reads. */
    public static final String EARLIEST = "iso27001-2005";

    /** The edition every transition goes to. */
    public static final String TARGET = "iso27001-2022";

    private final Mappings mappings;

    /** Why a report made from the SoA alone lists no findings of the 2022 pack (the command assesses a snapshot). */
    static final String NOT_ASSESSED = "the Statement of Applicability alone holds no facts for the ISO/IEC 27001:2022 "
            + "rule pack to assess; it assesses a snapshot.";

    public Transition(Mappings mappings) {
        this.mappings = mappings;
    }

    /** Who and what the report is about: the organization, the file(s) read, and the date the report is as of. */
    public record Subject(String organization, String source, LocalDate date) {
    }

    /**
     * @param decisions the SoA's decisions by control id of {@code edition}; null when there is no SoA at all
     */
    public TransitionReport reexpress(SoaEdition edition, Map<String, SoaDecision> decisions, Subject subject) {
        EditionIds iso2022 = mappings.iso2022();
        Map<String, List<MappingRow>> to2022 = mappings.from2013().controlRowsByTarget();
        Map<String, List<MappingRow>> to2013 = mappings.from2005().controlRowsByTarget();
        List<ControlTransition> controls = new ArrayList<>();
        List<NewControl> newControls = new ArrayList<>();
        for (Map.Entry<String, List<MappingRow>> target : to2022.entrySet()) {
            String id = target.getKey();
            List<MappingRow> rows = target.getValue();
            if (rows.size() == 1 && rows.get(0).isNew()) {
                controls.add(new ControlTransition(id, iso2022.controlTitle(id), iso2022.group(id), Outcome.NEW_DECISION,
                        "new in 2022: no earlier control to carry a decision from", null, List.of()));
                newControls.add(new NewControl(id, iso2022.controlTitle(id), iso2022.group(id), "2022", rows.get(0).note()));
                continue;
            }
            List<Source> sources = edition == SoaEdition.ISO27001_2013 ? from2013(rows, decisions)
                    : from2005(rows, to2013, decisions);
            ControlTransition transition = judge(id, sources, decisions == null);
            controls.add(transition);
            if (sources.stream().allMatch(Transition::cameIn2013)) {
                newControls.add(new NewControl(id, iso2022.controlTitle(id), iso2022.group(id), "2013",
                        "Came in 2013 as " + String.join(", ", sources.stream().map(Source::control).toList())
                                + ": the 2005 SoA has no decision on it"));
            }
        }
        List<NewObligation> obligations = newObligations(edition);
        List<WithoutSuccessor> orphans = withoutSuccessor(edition, decisions);
        int carried = (int) controls.stream().filter(c -> c.outcome() == Outcome.CARRIES_OVER).count();
        TransitionReport.Summary summary = new TransitionReport.Summary(decisions == null ? 0 : decisions.size(),
                controls.size(), carried, controls.size() - carried, newControls.size(), obligations.size(), orphans.size());
        return new TransitionReport(subject.organization(), subject.source(), edition.id(), edition.title(), TARGET,
                iso2022.title(), subject.date(), summary, controls, newControls, obligations, orphans,
                TransitionReport.PackFindings.notAssessed(NOT_ASSESSED), null).withPackFindings(
                TransitionReport.PackFindings.notAssessed(NOT_ASSESSED));
    }

    private List<Source> from2013(List<MappingRow> rows, Map<String, SoaDecision> decisions) {
        EditionIds iso2013 = mappings.iso2013();
        return rows.stream().map(r -> source(r.from(), SoaEdition.ISO27001_2013.id(), iso2013.controlTitle(r.from()),
                List.of(), List.of(r.kind().word()), decisions)).toList();
    }

    private List<Source> from2005(List<MappingRow> rows, Map<String, List<MappingRow>> to2013,
            Map<String, SoaDecision> decisions) {
        EditionIds iso2005 = mappings.iso2005();
        EditionIds iso2013 = mappings.iso2013();
        // One 2005 control can reach a 2022 control through two 2013 controls: it is one source, with both ways.
        Map<String, Source> byControl = new LinkedHashMap<>();
        for (MappingRow row2022 : rows) {
            String via = row2022.from();
            for (MappingRow row2013 : to2013.get(via)) {
                List<String> kinds = List.of(row2013.kind().word(), row2022.kind().word());
                if (row2013.isNew()) {
                    byControl.put("2013 " + via, new Source(via, SoaEdition.ISO27001_2013.id(), iso2013.controlTitle(via),
                            List.of(), kinds, "none: came in 2013", null));
                    continue;
                }
                Source earlier = byControl.get(row2013.from());
                Source found = source(row2013.from(), SoaEdition.ISO27001_2005.id(), iso2005.controlTitle(row2013.from()),
                        List.of(via), kinds, decisions);
                byControl.put(row2013.from(), earlier == null ? found : new Source(earlier.control(), earlier.edition(),
                        earlier.title(), concat(earlier.via(), found.via()), concat(earlier.kinds(), found.kinds()),
                        earlier.decision(), earlier.justification()));
            }
        }
        return List.copyOf(byControl.values());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Source source(String control, String edition, String title, List<String> via, List<String> kinds,
            Map<String, SoaDecision> decisions) {
        SoaDecision decision = decisions == null ? null : decisions.get(control);
        return new Source(control, edition, title, via, kinds, decision == null ? NOT_IN_SOA : decision.words(),
                decision == null ? null : decision.justification());
    }

    private static final String NOT_IN_SOA = "not in the SoA";

    private static boolean cameIn2013(Source s) {
        return s.decision().equals("none: came in 2013");
    }

    private ControlTransition judge(String id, List<Source> sources, boolean noSoa) {
        EditionIds iso2022 = mappings.iso2022();
        String reason = null;
        List<String> gaps = new ArrayList<>();
        for (Source s : sources) {
            if (cameIn2013(s)) {
                gaps.add(s.control() + " came in 2013, so no earlier decision covers it");
            } else if (s.decision().equals(NOT_IN_SOA) || s.decision().equals("undecided")) {
                gaps.add(s.control() + " is " + (s.decision().equals(NOT_IN_SOA) ? "not in the SoA" : "undecided in the SoA"));
            }
        }
        Set<String> decided = new LinkedHashSet<>();
        sources.forEach(s -> decided.add(s.decision()));
        if (noSoa) {
            reason = "the snapshot has no Statement of Applicability";
        } else if (!gaps.isEmpty()) {
            reason = String.join("; ", gaps);
        } else if (decided.size() > 1) {
            Map<String, List<String>> byDecision = new LinkedHashMap<>();
            sources.forEach(s -> byDecision.computeIfAbsent(s.decision(), d -> new ArrayList<>()).add(s.control()));
            reason = "the sources disagree: " + String.join("; ", byDecision.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList());
        }
        Carried carried = null;
        if (reason == null) {
            Source first = sources.get(0);
            boolean applicable = first.decision().startsWith("applicable");
            List<String> justifications = sources.stream().map(Source::justification).filter(Objects::nonNull)
                    .distinct().toList();
            if (!applicable && justifications.isEmpty()) {
                reason = "excluded without a justification to carry over";
            } else {
                String status = applicable ? first.decision().substring("applicable, ".length()) : null;
                carried = new Carried(applicable, "status not given".equals(status) ? null : status, justifications);
                reason = sources.size() == 1 ? "one earlier decision: " + first.decision()
                        : "all " + sources.size() + " earlier decisions agree: " + first.decision();
            }
        }
        return new ControlTransition(id, iso2022.controlTitle(id), iso2022.group(id),
                carried == null ? Outcome.NEW_DECISION : Outcome.CARRIES_OVER, reason, carried, sources);
    }

    /** The 2022 clause obligations the SoA's edition did not have, in the 2022 order. */
    private List<NewObligation> newObligations(SoaEdition edition) {
        EditionIds iso2022 = mappings.iso2022();
        Map<String, NewObligation> byClause = new LinkedHashMap<>();
        if (edition == SoaEdition.ISO27001_2005) {
            for (MappingRow row : mappings.from2005().clauseRows()) {
                if (!row.isNew()) {
                    continue;
                }
                for (String clause2013 : row.to()) {
                    mappings.from2013().clauseRows().stream().filter(r -> r.from().equals(clause2013))
                            .flatMap(r -> r.to().stream())
                            .forEach(c -> byClause.putIfAbsent(c, new NewObligation(c, iso2022.clauseTitle(c), "2013",
                                    row.note())));
                }
            }
        }
        for (MappingRow row : mappings.from2013().clauseRows()) {
            if (row.isNew()) {
                // The amendment's obligations are the only ids with a ".climate" part (see iso27001-2022-clauses.csv).
                row.to().forEach(c -> byClause.putIfAbsent(c, new NewObligation(c, iso2022.clauseTitle(c),
                        c.endsWith(".climate") ? "2024 (Amendment 1)" : "2022", row.note())));
            }
        }
        List<String> order = List.copyOf(iso2022.clauses().keySet());
        return byClause.values().stream().sorted(java.util.Comparator.comparingInt(o -> order.indexOf(o.clause()))).toList();
    }

    /** The SoA's controls whose mapping ends before 2022, with the SoA's decision on each. */
    private List<WithoutSuccessor> withoutSuccessor(SoaEdition edition, Map<String, SoaDecision> decisions) {
        Mapping first = edition == SoaEdition.ISO27001_2005 ? mappings.from2005() : mappings.from2013();
        List<WithoutSuccessor> orphans = new ArrayList<>();
        for (MappingRow row : first.controlRows()) {
            if (row.kind() == MappingKind.REMOVED) {
                SoaDecision decision = decisions == null ? null : decisions.get(row.from());
                orphans.add(new WithoutSuccessor(row.from(), first.older().controlTitle(row.from()),
                        decision == null ? NOT_IN_SOA : decision.words(), decision == null ? null : decision.justification(),
                        row.note()));
            }
        }
        return orphans;
    }
}

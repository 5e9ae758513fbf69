package org.ismsassessor.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.compare.Assessed;
import org.ismsassessor.compare.Comparer;
import org.ismsassessor.compare.Comparison;
import org.ismsassessor.compare.ControlStatus;
import org.ismsassessor.compare.ControlStatuses;
import org.ismsassessor.snapshot.ImplementationStatus;
import org.ismsassessor.transition.ControlMap;
import org.ismsassessor.transition.Mappings;

/**
 * {@code compare --cross-edition}: a 2005 and a 2022 assessment of one client compared through the mapping. Findings
 * are matched by rule name and subject (the 2022 pack keeps the 2005 rule names); the 2005 side's SoA statuses are
 * re-expressed in the 2022 controls: a 2022 control gets the status its 2005 sources share, the least advanced one
 * when they are all applicable and differ in status, and none (not listed) when a source is missing or they disagree
 * on applicability.
 */
final class EditionComparison {
    private static final List<ImplementationStatus> LEAST_ADVANCED_LAST = List.of(ImplementationStatus.IMPLEMENTED,
            ImplementationStatus.PARTIAL, ImplementationStatus.PLANNED, ImplementationStatus.NOT_IMPLEMENTED);

    private EditionComparison() {
    }

    /** The edition an assessment was made against (results saved before editions were recorded: the first one). */
    static Edition editionOf(Assessed assessed) {
        String id = assessed.result().assessor().edition() != null ? assessed.result().assessor().edition()
                : assessed.result().snapshot().edition();
        return id == null ? Edition.ISO27001_2005 : Edition.byId(id).orElse(Edition.ISO27001_2005);
    }

    static Comparison compare(Comparer comparer, Assessed earlier, Assessed later) {
        ControlMap map = ControlMap.from2005(Mappings.load());
        ControlStatuses earlierControls = editionOf(earlier) == Edition.ISO27001_2005
                ? in2022(earlier.controls(), map) : earlier.controls();
        ControlStatuses laterControls = editionOf(later) == Edition.ISO27001_2005
                ? in2022(later.controls(), map) : later.controls();
        String note = "Compared across editions (" + editionOf(earlier).title() + " and " + editionOf(later).title()
                + "): findings are matched by rule name and subject; the SoA statuses of the "
                + Edition.ISO27001_2005.title() + " assessment are re-expressed in the 2022 controls through the mapping"
                + " (a control whose earlier controls are not all decided or disagree on applicability, or with a part that"
                + " came in 2013, is not listed);"
                + " readiness is compared overall only, as each edition has its own clauses and Annex A groups.";
        return comparer.compareAcrossEditions(earlier, later, earlierControls, laterControls, note);
    }

    /** 2005 statuses as statuses of the 2022 controls they map to. */
    static ControlStatuses in2022(ControlStatuses statuses2005, ControlMap map) {
        if (!statuses2005.known()) {
            return statuses2005;
        }
        Map<String, ControlStatus> in2022 = new TreeMap<>();
        map.sources().forEach((control, sources) -> {
            List<ControlStatus> found = sources.stream().map(statuses2005.byControl()::get).toList();
            if (sources.isEmpty() || found.contains(null) || map.partlyNewIn2013(control)) {
                return;
            }
            if (found.stream().distinct().count() == 1) {
                in2022.put(control, found.get(0));
            } else if (found.stream().allMatch(s -> Boolean.TRUE.equals(s.applicable()) && s.status() != null)) {
                in2022.put(control, new ControlStatus(true, found.stream().map(ControlStatus::status)
                        .max(java.util.Comparator.comparingInt(LEAST_ADVANCED_LAST::indexOf)).orElseThrow()));
            }
        });
        return new ControlStatuses() {
            @Override
            public Map<String, ControlStatus> byControl() {
                return java.util.Collections.unmodifiableMap(in2022);
            }
        };
    }
}

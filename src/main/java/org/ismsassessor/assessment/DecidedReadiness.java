package org.ismsassessor.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;

/**
 * The overall readiness a result would have with its decided findings resolved: the second figure reports show
 * beside the plain readiness. Computed as {@link ReadinessCalculator} does from what the result records (applicable
 * controls from its Statement of Applicability, blocked requirements from its root findings).
 */
public final class DecidedReadiness {
    private DecidedReadiness() {
    }

    public static double overall(Catalogue catalogue, AssessmentResult result, Set<String> resolvedFindingIds) {
        Set<String> applicableControls = new HashSet<>();
        result.statementOfApplicability().stream().filter(c -> c.expected() || c.selected())
                .forEach(c -> applicableControls.add(c.control()));
        Set<String> blocked = new HashSet<>();
        result.findings().forEach(f -> blocked.addAll(f.blocks()));
        List<Finding> remaining = result.findings().stream().filter(f -> !resolvedFindingIds.contains(f.id())).toList();
        return ReadinessCalculator.compute(catalogue, remaining, applicableControls, blocked,
                result.readiness().notEvidenced()).overall();
    }
}

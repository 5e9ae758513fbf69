package org.ismsassessor.assessment;

import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.Priority;
import org.ismsassessor.finding.RecommendedAction;

/**
 * The recommendation layer, in one place: the priority of a finding's action follows from its kind, raised
 * one step when it concerns a risk at or above the acceptance threshold; the owner role follows from the
 * requirement (catalogue data per edition).
 */
final class ActionPlanner {
    private final Catalogue catalogue;
    private final Integer acceptanceThreshold;

    ActionPlanner(Catalogue catalogue, Integer acceptanceThreshold) {
        this.catalogue = catalogue;
        this.acceptanceThreshold = acceptanceThreshold;
    }

    Finding plan(Finding finding) {
        Priority priority = switch (finding.kind()) {
            case MAJOR_NONCONFORMITY -> Priority.IMMEDIATE;
            case MINOR_NONCONFORMITY -> Priority.HIGH;
            case GAP -> Priority.MEDIUM;
            case OBSERVATION -> Priority.LOW;
        };
        if (concernsUnacceptableRisk(finding) && priority != Priority.IMMEDIATE) {
            priority = Priority.values()[priority.ordinal() - 1];
        }
        String action = finding.remedy() == null || finding.remedy().isBlank()
                ? "Address: " + finding.title() : finding.remedy();
        return finding.withRecommendedAction(
                new RecommendedAction(action, priority, catalogue.ownerRoleOf(finding.requirement())));
    }

    private boolean concernsUnacceptableRisk(Finding finding) {
        return finding.riskLevel() != null && acceptanceThreshold != null && finding.riskLevel() > acceptanceThreshold;
    }
}

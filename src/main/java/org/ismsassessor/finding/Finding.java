package org.ismsassessor.finding;

import java.util.List;

/**
 * One conclusion of an assessment. The id is stable: the same requirement, rule and subjects give the
 * same id in every run and every snapshot, so results can be compared over time.
 *
 * @param riskLevel the level of the risk the finding concerns, when it concerns one (raises priority)
 */
public record Finding(
        String id,
        String requirement,
        String rule,
        FindingKind kind,
        String title,
        String explanation,
        List<Subject> subjects,
        String remedy,
        Integer riskLevel,
        RecommendedAction recommendedAction) {

    public Finding {
        subjects = List.copyOf(subjects);
    }

    /** The id of the first subject: what the finding is about. */
    public String subject() {
        return subjects.isEmpty() ? null : subjects.get(0).id();
    }

    public Finding withSubjects(List<Subject> resolved) {
        return new Finding(id, requirement, rule, kind, title, explanation, resolved, remedy, riskLevel, recommendedAction);
    }

    public Finding withRecommendedAction(RecommendedAction action) {
        return new Finding(id, requirement, rule, kind, title, explanation, subjects, remedy, riskLevel, action);
    }
}

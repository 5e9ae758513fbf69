package org.ismsassessor.finding;

import java.util.List;

/**
 * One conclusion of an assessment. The id is stable: it is made from the requirement, the rule and the group
 * key, never from the subjects, so the same finding keeps its id while the items it lists come and go.
 *
 * @param subjects         every fact that shows the finding: for a grouped finding, the subjects of all its items
 * @param riskLevel        the level of the risk the finding concerns, when it concerns one (raises priority)
 * @param count            how many items the finding groups (1 for a finding about one thing)
 * @param alsoRequirements other requirements failed by the same fact, raised once here (readiness counts it
 *                         against each)
 * @param grading          why the finding has its kind: the line of the grading table, escalation, lateness
 * @param blocks           for a root finding (an element missing altogether), the requirements whose checks it
 *                         keeps from running; empty otherwise
 * @param lateness         for a recurring obligation, how late it is; null otherwise
 * @param items            for a grouped finding (count above 1), each thing it lists; empty otherwise
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
        RecommendedAction recommendedAction,
        int count,
        List<String> alsoRequirements,
        Grading grading,
        List<String> blocks,
        Lateness lateness,
        List<Item> items) {

    public Finding {
        subjects = List.copyOf(subjects);
        alsoRequirements = alsoRequirements == null ? List.of() : List.copyOf(alsoRequirements);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A finding as a rule raises it: about one thing, not yet graded (the findings pass grades it). */
    public static Finding raised(String id, String requirement, String rule, String title, String explanation,
            List<Subject> subjects, String remedy, Integer riskLevel, Lateness lateness) {
        return new Finding(id, requirement, rule, null, title, explanation, subjects, remedy, riskLevel, null, 1,
                List.of(), null, List.of(), lateness, List.of());
    }

    /** The id of the first subject: what the finding is about. */
    public String subject() {
        return subjects.isEmpty() ? null : subjects.get(0).id();
    }

    /** True when the finding is raised against this requirement, as its own or as one of {@link #alsoRequirements}. */
    public boolean isAgainst(String requirementId) {
        return requirement.equals(requirementId) || alsoRequirements.contains(requirementId);
    }

    public Finding withSubjects(List<Subject> resolved) {
        return new Finding(id, requirement, rule, kind, title, explanation, resolved, remedy, riskLevel, recommendedAction,
                count, alsoRequirements, grading, blocks, lateness, items);
    }

    /** The same finding with its texts written anew (the wording pass): nothing else changes. */
    public Finding withTexts(String newTitle, String newExplanation, String newRemedy) {
        return new Finding(id, requirement, rule, kind, newTitle, newExplanation, subjects, newRemedy, riskLevel,
                recommendedAction, count, alsoRequirements, grading, blocks, lateness, items);
    }

    public Finding withRecommendedAction(RecommendedAction action) {
        return new Finding(id, requirement, rule, kind, title, explanation, subjects, remedy, riskLevel, action,
                count, alsoRequirements, grading, blocks, lateness, items);
    }

    public Finding graded(FindingKind newKind, Grading why) {
        return new Finding(id, requirement, rule, newKind, title, explanation, subjects, remedy, riskLevel,
                recommendedAction, count, alsoRequirements, why, blocks, lateness, items);
    }

    public Finding withAlsoRequirements(List<String> others) {
        return new Finding(id, requirement, rule, kind, title, explanation, subjects, remedy, riskLevel,
                recommendedAction, count, others, grading, blocks, lateness, items);
    }

    public Finding withBlocks(List<String> blocked) {
        return new Finding(id, requirement, rule, kind, title, explanation, subjects, remedy, riskLevel,
                recommendedAction, count, alsoRequirements, grading, blocked, lateness, items);
    }

    /** The same finding as a group: a new id, title, explanation, every item's subjects and their count. */
    public Finding asGroup(String groupId, String groupRequirement, String groupTitle, String groupExplanation,
            List<Subject> allSubjects, List<Item> listed, Integer highestRiskLevel) {
        return new Finding(groupId, groupRequirement, rule, kind, groupTitle, groupExplanation, allSubjects, remedy,
                highestRiskLevel, recommendedAction, Math.max(1, listed.size()), alsoRequirements, grading, blocks,
                lateness, listed.size() > 1 ? listed : List.of());
    }

    /**
     * One view per distinct subject a grouped finding lists (the finding itself when it lists none): each keeps the group's
     * id, kind and subjects, with its own item's subjects first, so that item-by-item readers (comparisons across
     * runs) see which subjects were added to or removed from a group.
     */
    public List<Finding> perItem() {
        if (items.isEmpty()) {
            return List.of(this);
        }
        return items.stream().map(Item::subject).distinct().map(subject -> {
            List<Subject> ordered = new java.util.ArrayList<>();
            subjects.stream().filter(s -> s.id().equals(subject)).forEach(ordered::add);
            subjects.stream().filter(s -> !s.id().equals(subject)).forEach(ordered::add);
            return withSubjects(ordered);
        }).toList();
    }

    /**
     * The stable key of one item of this finding (of a view from {@link #perItem()}): made from the finding's id and
     * the item's subject, so a subject that leaves a group and comes back later is recognised.
     */
    public String itemKey() {
        return itemKey(id, subject());
    }

    /** The item key of the item about {@code subject} of the finding {@code findingId}. */
    public static String itemKey(String findingId, String subject) {
        String key = findingId + "|" + subject;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "I-" + java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

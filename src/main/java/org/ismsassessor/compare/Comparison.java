package org.ismsassessor.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.finding.Subject;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * What changed between an earlier and a later assessment, in a deterministic order. Across clients only the
 * readiness is compared: {@code findings} and {@code controls} are then null.
 *
 * @param findings the findings resolved, new, persisting and changed; null across clients
 * @param controls the controls whose declared SoA status changed; null when either side's SoA is not known
 * @param regressions what got worse: a finding's kind, a control no longer implemented, a resolved finding back
 * @param notes what the reader should know to read the comparison right (e.g. rule sets that differ)
 */
public record Comparison(
        String comparisonFormatVersion,
        boolean crossClient,
        Side earlier,
        Side later,
        ReadinessChange readiness,
        FindingChanges findings,
        List<ControlChange> controls,
        List<Regression> regressions,
        List<String> notes) {

    public static final String FORMAT_VERSION = "1.0";

    /** True when something got worse. */
    public boolean hasRegressions() {
        return !regressions.isEmpty();
    }

    /** One assessment compared: whose, when, by which rules, and its headline numbers. */
    public record Side(String organizationId, String organization, String snapshot, String edition, String sha256,
            LocalDate assessmentDate, String ruleSetVersion, Readiness.Verdict verdict, double overall,
            Map<String, Integer> findingsByKind) {
    }

    /** The verdicts and the scores of both sides, overall and per clause 4-8 and Annex A domain. */
    public record ReadinessChange(Readiness.Verdict earlierVerdict, Readiness.Verdict laterVerdict,
            ScoreChange overall, List<ScoreChange> byClause, List<ScoreChange> byDomain) {
    }

    /** One score before and after; the delta to one decimal, positive when readiness improved. */
    public record ScoreChange(String group, String title, Double earlier, Double later, Double delta) {
    }

    /** The findings of both sides, classified; each list in the assessments' own order. */
    public record FindingChanges(List<FindingChange> resolved, @JsonProperty("new") List<FindingChange> added,
            List<FindingChange> persisting, List<FindingChange> changed) {

        /** Every classified finding, resolved first. */
        public List<FindingChange> all() {
            return java.util.stream.Stream.of(resolved, added, persisting, changed).flatMap(List::stream).toList();
        }
    }

    /** How a finding of one side relates to the other side. */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Change {
        /** Open earlier, gone later. */
        RESOLVED,
        /** Not open earlier, open later. */
        NEW,
        /** Open on both sides, the same kind and subjects. */
        PERSISTING,
        /** Open on both sides (same requirement, rule and subject) with another kind or other facts. */
        CHANGED
    }

    /** One finding's fate: the earlier and later versions (either is null for resolved and new findings). */
    public record FindingChange(Change change, String requirement, String subject, FindingRef earlier,
            FindingRef later) {

        /** The kind got more serious. */
        public boolean worse() {
            return earlier != null && later != null && later.kind().ordinal() < earlier.kind().ordinal();
        }
    }

    /** A finding as a comparison shows it: enough to recognise it and look it up in the full result. */
    public record FindingRef(String id, FindingKind kind, String rule, String title, List<String> subjects) {

        static FindingRef of(Finding finding) {
            return new FindingRef(finding.id(), finding.kind(), finding.rule(), finding.title(),
                    finding.subjects().stream().map(FindingRef::describe).toList());
        }

        private static String describe(Subject subject) {
            return subject.field() == null || subject.field().isEmpty() ? subject.id() : subject.id() + "." + subject.field();
        }
    }

    /** A control whose declared SoA status differs; a null side means the SoA does not list it. */
    public record ControlChange(String control, ControlStatus earlier, ControlStatus later) {

        public String earlierLabel() {
            return ControlStatus.label(earlier);
        }

        public String laterLabel() {
            return ControlStatus.label(later);
        }
    }

    /** Why something counts as a regression. */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum RegressionKind {
        /** A finding open on both sides whose kind got more serious. */
        WORSE_KIND("worse kind"),
        /** A control declared implemented earlier and not any more. */
        NO_LONGER_IMPLEMENTED("no longer implemented"),
        /** A finding resolved in an earlier stored assessment of the client that is open again. */
        REOPENED("reopened");

        private final String words;

        RegressionKind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * Something that got worse.
     *
     * @param subject the finding's subject, or the control id
     * @param requirement the finding's requirement or control id
     * @param findingId the later finding, null for a control
     */
    public record Regression(RegressionKind kind, String requirement, String subject, String findingId,
            String description) {
    }
}

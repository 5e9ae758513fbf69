package org.ismsassessor.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.drools.model.Drools;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.Lateness;
import org.ismsassessor.finding.Subject;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds findings from inside a rule's consequence. The requirement id is read from the rule's
 * {@code @requirement} metadata, so it is written once, next to the rule:
 *
 * <pre>
 * insert( Findings.of( drools, "Policy is not approved" )
 *         .about( $p.id(), "approvedBy" )
 *         .because( "..." ).remedy( "..." ).build() );
 * </pre>
 *
 * Texts name entities and controls by id, intervals as periods and fields by their keys; the wording pass
 * ({@code org.ismsassessor.assessment.Wording}) writes them for people ("Anna Nowak (P-017)", "12 months").
 * Text quoted from the snapshot goes in single quotes, which that pass leaves as written.
 *
 * How serious a finding is never comes from here: the edition's grading table ({@code rules/<edition>/grading.csv})
 * grades each rule by name, and the findings pass applies it (see {@code org.ismsassessor.assessment.FindingsPass}).
 *
 * A rule that makes the same check for every Annex A control (e.g. "an expected control is excluded")
 * carries {@code @control("each")} instead of {@code @requirement}: the requirement of each of its findings
 * is the control the finding is about, named with {@link Draft#forControl(String)}. Such a rule counts as
 * a rule for every control of the catalogue.
 */
public final class Findings {

    /** The rule metadata key that names the requirement or control a rule checks. */
    public static final String REQUIREMENT = "requirement";

    /**
     * The rule metadata key of a data-driven rule: it reads the table {@code rules/<edition>/shapes/<shape>.csv}
     * ({@link ShapeTables}), and each of its findings is the finding of the row that matched: {@link #of(RuleContext, ShapeRow)}.
     */
    public static final String SHAPE = "shape";

    /** The rule metadata key of a control-generic rule; its only accepted value is {@link #EACH_CONTROL}. */
    public static final String CONTROL = "control";

    /** {@code @control("each")}: the requirement of each finding is the control it is about. */
    public static final String EACH_CONTROL = "each";

    private Findings() {
    }

    /** A finding of the rule now firing; its grade comes from the grading table (or the rule's {@code @grade}). */
    public static Draft of(RuleContext drools, String title) {
        return new Draft(drools.getRule(), title);
    }

    // The same, for the consequences of the executable model that the build compiles the built-in rules to:
    // there the DRL variable 'drools' is the model's Drools context, not a RuleContext.
    public static Draft of(Drools drools, String title) {
        return of(ruleContext(drools), title);
    }

    /**
     * The finding of a table row, raised by the data-driven rule reading the table: named, graded and identified as
     * the rule the row stands for, against the row's requirement, with the row's texts (the rule may give texts of
     * its own where every row reads alike). Placeholders {@code {name}} in the texts are filled by {@link Draft#with}.
     */
    public static Draft of(RuleContext drools, ShapeRow row) {
        Object shape = drools.getRule().getMetaData().get(SHAPE);
        if (!row.shape().equals(String.valueOf(shape))) {
            throw new IllegalStateException("Rule '" + drools.getRule().getName() + "' raises a finding for a row of "
                    + row.shape() + ".csv but declares @shape(\"" + shape + "\")");
        }
        Draft draft = new Draft(drools.getRule(), row.rule(), row.requirement(), row.title());
        return draft.because(row.because() == null ? "" : row.because()).remedy(row.remedy() == null ? "" : row.remedy());
    }

    public static Draft of(Drools drools, ShapeRow row) {
        return of(ruleContext(drools), row);
    }

    private static RuleContext ruleContext(Drools drools) {
        if (drools instanceof RuleContext context) {
            return context;
        }
        RuleContext context = drools.getContext(RuleContext.class);
        if (context == null) {
            throw new IllegalStateException("No rule context behind " + drools.getClass().getName());
        }
        return context;
    }

    /** The requirement id a rule declares, or null when it declares none. */
    public static String requirementOf(Rule rule) {
        Object value = rule.getMetaData().get(REQUIREMENT);
        return value == null ? null : value.toString();
    }

    /** True when a rule declares {@code @control("each")}, whatever else it declares. */
    public static boolean checksEachControl(Rule rule) {
        return EACH_CONTROL.equals(String.valueOf(rule.getMetaData().get(CONTROL)));
    }

    /** A finding under construction; {@link #build()} fixes its stable id. */
    public static final class Draft {
        private final Rule rule;
        private final String ruleName;
        private final String rowRequirement;
        private final java.util.Map<String, String> placeholders = new java.util.LinkedHashMap<>();
        private Lateness lateness;
        private String title;
        private final List<Subject> subjects = new ArrayList<>();
        private String explanation = "";
        private String remedy = "";
        private Integer riskLevel;
        private String control;

        private Draft(Rule rule, String title) {
            this(rule, rule.getName(), null, title);
        }

        private Draft(Rule rule, String ruleName, String rowRequirement, String title) {
            this.rule = rule;
            this.ruleName = ruleName;
            this.rowRequirement = rowRequirement;
            this.title = title;
        }

        /** The title, where a data-driven rule words it once for every row. */
        public Draft titled(String title) {
            this.title = title;
            return this;
        }

        /** A value for the placeholder {@code {name}} in the texts (a table row's or the rule's). */
        public Draft with(String name, Object value) {
            placeholders.put(name, String.valueOf(value));
            return this;
        }

        /**
         * A recurring obligation last done on {@code lastDone} (null: never, or on no recorded date) is overdue on
         * {@code today}: records how late, so that the grading table can tell a lapse (due within one further
         * interval) from a breakdown.
         */
        public Draft overdue(LocalDate lastDone, Period interval, LocalDate today) {
            if (lastDone == null) {
                return neverDone(interval);
            }
            LocalDate due = lastDone.plus(interval);
            this.lateness = new Lateness(lastDone, due, interval.toString(), today.isAfter(due.plus(interval)));
            return this;
        }

        /** A recurring obligation that was never done: graded as a breakdown where the table grades lateness. */
        public Draft neverDone(Period interval) {
            this.lateness = new Lateness(null, null, interval == null ? null : interval.toString(), true);
            return this;
        }

        /** The entity the finding is about; the first one named is the finding's subject. */
        public Draft about(String entityId) {
            subjects.add(Subject.of(entityId));
            return this;
        }

        /** The entity and the field of it that shows the finding. */
        public Draft about(String entityId, String field) {
            subjects.add(Subject.of(entityId, field));
            return this;
        }

        /** A further fact that shows the finding. */
        public Draft alsoShownBy(String entityId, String field) {
            return about(entityId, field);
        }

        public Draft because(String plainWords) {
            this.explanation = plainWords;
            return this;
        }

        public Draft remedy(String whatToDo) {
            this.remedy = whatToDo;
            return this;
        }

        public Draft riskLevel(Integer level) {
            this.riskLevel = level;
            return this;
        }

        /**
         * The Annex A control this finding is against, for a rule declaring {@code @control("each")}; the
         * finding's requirement is then this control id. Refused in a rule with a fixed {@code @requirement}.
         */
        public Draft forControl(String controlId) {
            if (!checksEachControl(rule) || rowRequirement != null) {
                throw new IllegalStateException("Rule '" + rule.getName()
                        + "' names the control of a finding but does not declare @control(\"each\")");
            }
            if (controlId == null || controlId.isBlank()) {
                throw new IllegalStateException("Rule '" + rule.getName() + "' names no control for its finding");
            }
            this.control = controlId;
            return this;
        }

        public Finding build() {
            String requirement = rowRequirement != null ? rowRequirement
                    : checksEachControl(rule) ? control : requirementOf(rule);
            if (requirement == null) {
                throw new IllegalStateException(checksEachControl(rule)
                        ? "Rule '" + rule.getName() + "' declares @control(\"each\") but its finding names no control: call forControl(id)"
                        : "Rule '" + rule.getName() + "' has no @requirement metadata");
            }
            if (title == null) {
                throw new IllegalStateException("Rule '" + ruleName + "' has no title: its table row or its rule gives one");
            }
            return Finding.raised(stableId(requirement), requirement, ruleName, filled(title), filled(explanation),
                    subjects, filled(remedy), riskLevel, lateness);
        }

        private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-z][A-Za-z]*)}");

        /** The text with its placeholders filled; one left unfilled is a mistake of the rule or its table. */
        private String filled(String text) {
            // Only a table row's texts have placeholders; other rules' texts may quote the snapshot, braces and all.
            if (rowRequirement == null || text == null || text.indexOf('{') < 0) {
                return text;
            }
            java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = placeholders.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("Rule '" + ruleName + "' leaves {" + m.group(1) + "} unfilled in '"
                            + text + "'");
                }
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String stableId(String requirement) {
            StringBuilder key = new StringBuilder(requirement).append('|').append(ruleName);
            subjects.forEach(s -> key.append('|').append(s.id()).append('#').append(s.field() == null ? "" : s.field()));
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
                return "F-" + HexFormat.of().formatHex(digest, 0, 6);
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}

package org.ismsassessor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ismsassessor.TestEngine;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.snapshot.ReviewInput;
import org.junit.jupiter.api.Test;

class ShapeTablesTest {

    @Test
    void everyRowOfTheBuiltInTablesIsARuleOfTheRuleBaseWithItsRequirementAndTable() {
        ShapeTables tables = ShapeTables.builtIn(Edition.ISO27001_2005);
        assertThat(tables.shapes()).containsExactly("activity-absent", "document-absent", "document-not-issued",
                "interval-beyond-bound", "procedure-absent", "review-input-absent", "review-output-absent",
                "section-absent", "section-absent-where", "section-empty");
        assertThat(tables.rows()).hasSize(139);
        Map<String, RuleInfo> rules = TestEngine.RULES.rules().stream()
                .collect(Collectors.toMap(RuleInfo::name, Function.identity()));
        assertThat(tables.rows()).allSatisfy(row -> {
            assertThat(rules).as(row.rule()).containsKey(row.rule());
            assertThat(rules.get(row.rule()).requirement()).as(row.rule()).isEqualTo(row.requirement());
            assertThat(rules.get(row.rule()).file()).isEqualTo("rules/iso27001-2005/shapes/" + row.shape() + ".csv");
            assertThat(TestEngine.RULES.grading().rowFor(row.rule())).as(row.rule()).isPresent();
        });
        // The rules reading the tables are not rules of their own: they count as their rows.
        assertThat(rules).doesNotContainKey("Section a requirement needs is not provided");
    }

    @Test
    void aRowReadsItsListedValuesAsTheSnapshotSpellsThem() {
        ShapeRow row = ShapeTables.read(List.of(new RuleSource("rules/x/shapes/review-input-absent.csv", """
                rule,requirement,reviewInput,title
                Review lacks feedback,7.2.b,interested-party-feedback,Review {review} lacks feedback
                """))).rows().get(0);
        assertThat(row).isEqualTo(new ShapeRow("review-input-absent", "Review lacks feedback", "7.2.b", null, null, null,
                null, ReviewInput.INTERESTED_PARTY_FEEDBACK, null, null, null, "Review {review} lacks feedback", null, null,
                "rules/x/shapes/review-input-absent.csv", 2));
    }

    @Test
    void aBrokenTableIsRefusedWithEveryProblemNamingItsFileAndLine() {
        assertThatThrownBy(() -> ShapeTables.read(List.of(
                new RuleSource("rules/x/shapes/a.csv", """
                        rule,requirement,topic
                        Interval too long,A.5.1.2,yearly
                        ,4.3.2.b,document-review
                        """),
                new RuleSource("rules/x/shapes/b.csv", """
                        rule,requirement,sektion
                        Interval too long,6.intervals,audits
                        """))))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).containsExactly(
                        "rules/x/shapes/a.csv:2: column 'topic' is 'yearly'; expected one of "
                                + String.join(", ", java.util.Arrays.stream(IntervalTopic.values()).map(IntervalTopic::key).toList()),
                        "rules/x/shapes/a.csv:3: a row needs its rule and requirement",
                        "rules/x/shapes/b.csv:1: unknown column 'sektion'; a table's columns are among activityKind, because,"
                                + " characteristic, documentType, period, remedy, requirement, reviewInput, reviewOutput, rule,"
                                + " section, title, topic",
                        "rules/x/shapes/b.csv:2: rule \"Interval too long\" is already a row at rules/x/shapes/a.csv:2"));
    }
}

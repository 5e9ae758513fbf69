package org.ismsassessor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lists that {@link Facts} turns into {@link Listed} facts are looked up through them, never with
 * {@code contains} against a bound id: that join tests every entity's list for every id, a cross product
 * (docs/performance.md). A rule that tests its own entity's list (no {@code $} on the right) is fine.
 */
class ListedJoinsTest {
    /** A listed list's field ("risks.assetIds" gives assetIds) joined with contains against a bound variable. */
    private static final Pattern UNINDEXED = Pattern.compile("\\b(" + Listed.LISTS.stream()
            .map(list -> list.substring(list.indexOf('.') + 1)).distinct().collect(Collectors.joining("|"))
            + ")\\s+(not\\s+)?contains\\s+\\$");

    @Test
    void noRuleJoinsOnAListedListWithContains() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = UNINDEXED.matcher(lines.get(i));
                    if (!lines.get(i).strip().startsWith("//") && matcher.find()) {
                        offending.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offending).as("join through Listed( list == ..., id == $x ) instead").isEmpty();
    }

    @Test
    void theListedListsAreTheOnesTheTestWatches() {
        assertThat(Listed.LISTS).containsExactly("risks.assetIds", "treatmentPlan.riskIds", "treatmentPlan.sourceIds",
                "activities.subjectIds", "suppliers.assetIds", "actions.riskIds", "businessProcesses.assetIds",
                "scope.exclusions.siteIds", "scope.exclusions.assetIds", "scope.exclusions.processIds");
    }
}

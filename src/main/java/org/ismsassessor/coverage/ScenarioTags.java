package org.ismsassessor.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the tags each scenario carries in a Gherkin feature file, inherited from its Feature and Rule.
 * A scenario outline counts once per Examples block, which is how Cucumber runs it.
 */
final class ScenarioTags {
    private ScenarioTags() {
    }

    /** The effective tag sets of each scenario in the text, in order. */
    static List<Set<String>> of(String featureText) {
        List<Set<String>> scenarios = new ArrayList<>();
        Set<String> pending = new LinkedHashSet<>();
        Set<String> featureTags = Set.of();
        Set<String> ruleTags = Set.of();
        Set<String> outlineTags = null;
        for (String raw : featureText.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("@")) {
                for (String token : line.split("\\s+")) {
                    if (token.startsWith("#")) {
                        break;
                    }
                    pending.add(token.substring(1));
                }
            } else if (line.startsWith("Feature:")) {
                featureTags = Set.copyOf(pending);
                pending.clear();
            } else if (line.startsWith("Rule:")) {
                ruleTags = Set.copyOf(pending);
                pending.clear();
                outlineTags = null;
            } else if (line.startsWith("Scenario Outline:") || line.startsWith("Scenario Template:")) {
                outlineTags = union(featureTags, ruleTags, pending);
                pending.clear();
            } else if (line.startsWith("Scenario:") || line.startsWith("Example:")) {
                scenarios.add(union(featureTags, ruleTags, pending));
                pending.clear();
                outlineTags = null;
            } else if ((line.startsWith("Examples:") || line.startsWith("Scenarios:")) && outlineTags != null) {
                scenarios.add(union(outlineTags, Set.of(), pending));
                pending.clear();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                pending.clear();
            }
        }
        return scenarios;
    }

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        all.addAll(c);
        return Set.copyOf(all);
    }
}

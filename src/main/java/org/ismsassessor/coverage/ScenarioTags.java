package org.ismsassessor.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the scenarios of a Gherkin feature file: the tags each carries, inherited from its Feature and Rule, and its
 * text (its steps and tables; for a scenario outline, the outline's steps and that Examples block). A scenario outline
 * counts once per Examples block, which is how Cucumber runs it.
 */
final class ScenarioTags {
    private ScenarioTags() {
    }

    /** One scenario: its effective tags and the text of its steps and tables. */
    record Scenario(Set<String> tags, String text) {

        /**
         * True when the scenario states something about the id: a step or table cell names it (e.g. "there is no
         * finding against A.8.1.3", or an Examples row holding it), not merely a tag.
         */
        boolean asserts(String id) {
            return Pattern.compile("(?<![\\w.])" + Pattern.quote(id) + "(?![\\w.]*\\w)").matcher(text).find();
        }
    }

    /** The effective tag sets of each scenario in the text, in order. */
    static List<Set<String>> of(String featureText) {
        return scenarios(featureText).stream().map(Scenario::tags).toList();
    }

    /** Each scenario of the text, in order. */
    static List<Scenario> scenarios(String featureText) {
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> pending = new LinkedHashSet<>();
        Set<String> featureTags = Set.of();
        Set<String> ruleTags = Set.of();
        Set<String> outlineTags = null;
        StringBuilder outlineBody = null;
        Set<String> openTags = null;
        StringBuilder openBody = null;
        for (String raw : featureText.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("@")) {
                for (String token : line.split("\\s+")) {
                    if (token.startsWith("#")) {
                        break;
                    }
                    pending.add(token.substring(1));
                }
                continue;
            }
            boolean starts = line.startsWith("Feature:") || line.startsWith("Rule:") || line.startsWith("Scenario")
                    || line.startsWith("Example:") || line.startsWith("Examples:") || line.startsWith("Background:");
            if (starts && openTags != null) {
                scenarios.add(new Scenario(openTags, openBody.toString()));
                openTags = null;
            }
            if (line.startsWith("Feature:")) {
                featureTags = Set.copyOf(pending);
                pending.clear();
            } else if (line.startsWith("Rule:")) {
                ruleTags = Set.copyOf(pending);
                pending.clear();
                outlineTags = null;
            } else if (line.startsWith("Background:")) {
                pending.clear();
                outlineTags = null;
            } else if (line.startsWith("Scenario Outline:") || line.startsWith("Scenario Template:")) {
                outlineTags = union(featureTags, ruleTags, pending);
                outlineBody = new StringBuilder(line).append('\n');
                pending.clear();
            } else if (line.startsWith("Scenario:") || line.startsWith("Example:")) {
                openTags = union(featureTags, ruleTags, pending);
                openBody = new StringBuilder(line).append('\n');
                pending.clear();
                outlineTags = null;
            } else if ((line.startsWith("Examples:") || line.startsWith("Scenarios:")) && outlineTags != null) {
                openTags = union(outlineTags, Set.of(), pending);
                openBody = new StringBuilder(outlineBody).append(line).append('\n');
                pending.clear();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                pending.clear();
                if (openTags != null) {
                    openBody.append(line).append('\n');
                } else if (outlineTags != null) {
                    outlineBody.append(line).append('\n');
                }
            }
        }
        if (openTags != null) {
            scenarios.add(new Scenario(openTags, openBody.toString()));
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

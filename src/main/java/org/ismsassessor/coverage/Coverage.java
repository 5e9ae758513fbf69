package org.ismsassessor.coverage;

import org.ismsassessor.catalogue.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleInfo;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Counts, for each catalogue id, the rules naming it in metadata and the scenarios tagged with it: tagged
 * {@code @conforming} (the organization meets it, no finding) or {@code @nonconforming} (the exact finding).
 * A rule declaring {@code @control("each")} counts for every Annex A control.
 */
public final class Coverage {
    public static final String CONFORMING = "conforming";
    public static final String NONCONFORMING = "nonconforming";

    private Coverage() {
    }

    public static List<IdCoverage> of(Catalogue catalogue, List<RuleInfo> rules, List<String> featureTexts) {
        Map<String, Integer> ruleCount = new HashMap<>();
        rules.stream().filter(r -> r.requirement() != null).forEach(r -> ruleCount.merge(r.requirement(), 1, Integer::sum));
        // A rule checking each control (@control("each")) is a rule for every control of the catalogue.
        long eachControl = rules.stream().filter(RuleInfo::eachControl).count();
        catalogue.controls().forEach(c -> ruleCount.merge(c.id(), (int) eachControl, Integer::sum));
        Map<String, Integer> conforming = new HashMap<>();
        Map<String, Integer> nonconforming = new HashMap<>();
        for (String text : featureTexts) {
            for (ScenarioTags.Scenario scenario : ScenarioTags.scenarios(text)) {
                Set<String> tags = scenario.tags();
                for (String tag : tags) {
                    // A scenario counts for an id it is tagged with only when it states something about it.
                    if (!scenario.asserts(tag)) {
                        continue;
                    }
                    if (tags.contains(CONFORMING)) {
                        conforming.merge(tag, 1, Integer::sum);
                    }
                    if (tags.contains(NONCONFORMING)) {
                        nonconforming.merge(tag, 1, Integer::sum);
                    }
                }
            }
        }
        List<IdCoverage> coverage = new ArrayList<>();
        // Clauses 4-8 are judged by their own rules from the snapshot's records: evidence.
        catalogue.requirements().forEach(r -> coverage.add(new IdCoverage(r.id(), r.title(), Evidence.EVIDENCE, "requirement", null,
                ruleCount.getOrDefault(r.id(), 0), conforming.getOrDefault(r.id(), 0), nonconforming.getOrDefault(r.id(), 0))));
        catalogue.controls().forEach(c -> coverage.add(new IdCoverage(c.id(), c.title(), c.evidence().basis(), c.evidence().by(),
                c.evidence().why(),
                ruleCount.getOrDefault(c.id(), 0), conforming.getOrDefault(c.id(), 0), nonconforming.getOrDefault(c.id(), 0))));
        return coverage;
    }

    /** The feature files shipped on the classpath under {@code features/}. */
    /**
     * The scenarios of an edition bundled with the assessor: those under {@code features/<edition>/}, and for the
     * first edition also those outside any edition's folder (the whole-organization and comparison features, which
     * run against it). An id such as 8.2 means different things in two editions, so each counts its own.
     */
    public static List<String> bundledFeatures(Edition edition) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(Coverage.class.getClassLoader())
                    .getResources("classpath*:features/**/*.feature");
            List<String> texts = new ArrayList<>();
            for (Resource resource : resources) {
                if (ofEdition(resource.getURL().toString(), edition)) {
                    texts.add(resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a feature file (its path or URL) holds scenarios of an edition. */
    public static boolean ofEdition(String location, Edition edition) {
        String path = location.replace('\\', '/');
        java.util.regex.Matcher folder = java.util.regex.Pattern.compile("features/(iso27001-\\d{4})/").matcher(path);
        return folder.find() ? folder.group(1).equals(edition.id()) : edition == Edition.ISO27001_2005;
    }
}

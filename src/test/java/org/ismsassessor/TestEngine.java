package org.ismsassessor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.snapshot.SnapshotLoader;

/** The catalogue, loader and rule base, built once per test run and shared by every test and scenario. */
public final class TestEngine {
    public static final Catalogue CATALOGUE = Catalogue.load(Edition.ISO27001_2005);
    public static final SnapshotLoader LOADER = loaderFor(CATALOGUE);
    public static final RuleBase RULES = RuleBase.builtIn(CATALOGUE);
    public static final Assessment ASSESSMENT = new Assessment(CATALOGUE, RULES);

    private static final Map<Edition, Pack> PACKS = new ConcurrentHashMap<>();

    /** One edition's catalogue, loader, rules and assessment, built on first use and then shared. */
    public record Pack(Catalogue catalogue, SnapshotLoader loader, RuleBase rules, Assessment assessment) {
    }

    public static Pack of(Edition edition) {
        if (edition == Edition.ISO27001_2005) {
            return PACKS.computeIfAbsent(edition, e -> new Pack(CATALOGUE, LOADER, RULES, ASSESSMENT));
        }
        return PACKS.computeIfAbsent(edition, e -> {
            Catalogue catalogue = Catalogue.load(e);
            RuleBase rules = RuleBase.builtIn(catalogue);
            return new Pack(catalogue, loaderFor(catalogue), rules, new Assessment(catalogue, rules));
        });
    }

    private static SnapshotLoader loaderFor(Catalogue catalogue) {
        return new SnapshotLoader(catalogue.controls().stream().map(c -> c.id()).collect(Collectors.toSet()));
    }

    private TestEngine() {
    }
}

package org.ismsassessor;

import java.util.stream.Collectors;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.snapshot.SnapshotLoader;

/** The catalogue, loader and rule base, built once per test run and shared by every test and scenario. */
public final class TestEngine {
    public static final Catalogue CATALOGUE = Catalogue.load(Edition.ISO27001_2005);
    public static final SnapshotLoader LOADER =
            new SnapshotLoader(CATALOGUE.controls().stream().map(c -> c.id()).collect(Collectors.toSet()));
    public static final RuleBase RULES = RuleBase.builtIn(CATALOGUE);
    public static final Assessment ASSESSMENT = new Assessment(CATALOGUE, RULES);

    private TestEngine() {
    }
}

package org.ismsassessor.cli;

import java.nio.file.Path;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.snapshot.SnapshotLoader;

/** What the commands share: the catalogue, a loader and the rule base, built for one run. */
record Engine(Catalogue catalogue, SnapshotLoader loader, RuleBase ruleBase) {

    static Engine forEdition(Edition edition, Path userRules) {
        Catalogue catalogue = Catalogue.load(edition);
        return with(catalogue, loader(catalogue), userRules);
    }

    /** The engine over a catalogue and loader already made; its rules are built now (or taken over when preloaded). */
    static Engine with(Catalogue catalogue, SnapshotLoader loader, Path userRules) {
        RuleBase ruleBase = userRules == null ? RuleBase.builtIn(catalogue) : RuleBase.withUserRules(catalogue, userRules);
        return new Engine(catalogue, loader, ruleBase);
    }

    static SnapshotLoader loader(Catalogue catalogue) {
        return new SnapshotLoader(catalogue.controls().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()));
    }

    Assessment assessment() {
        return new Assessment(catalogue, ruleBase);
    }
}

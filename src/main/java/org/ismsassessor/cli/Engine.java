package org.ismsassessor.cli;

import java.nio.file.Path;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.snapshot.SnapshotLoader;

/** What the commands share: the catalogue, a loader and the rule base, built for one run. */
record Engine(Catalogue catalogue, SnapshotLoader loader, RuleBase ruleBase, LimitOptions limits) {

    static Engine forEdition(Edition edition, Path userRules) {
        return forEdition(edition, userRules, new LimitOptions());
    }

    static Engine forEdition(Edition edition, Path userRules, LimitOptions limits) {
        Catalogue catalogue = Catalogue.load(edition);
        return with(catalogue, loader(catalogue, limits), userRules, limits);
    }

    /** The engine over a catalogue and loader already made; its rules are built now (or taken over when preloaded). */
    static Engine with(Catalogue catalogue, SnapshotLoader loader, Path userRules, LimitOptions limits) {
        RuleBase ruleBase = userRules == null ? RuleBase.builtIn(catalogue) : RuleBase.withUserRules(catalogue, userRules);
        return new Engine(catalogue, loader, ruleBase, limits);
    }

    /**
     * The edition a snapshot file names (its top-level {@code edition}), which picks the catalogue its SoA is checked
     * against and the rule pack it is assessed by; the first edition for a workbook or a file naming none (the
     * loader then reports what is wrong with it).
     */
    static Edition editionOf(Path snapshot, LimitOptions limits) {
        return SnapshotEdition.named(snapshot, limits.limits().maxBytes()).orElse(Edition.ISO27001_2005);
    }

    static SnapshotLoader loader(Catalogue catalogue, LimitOptions limits) {
        return new SnapshotLoader(catalogue.controls().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()),
                limits.limits());
    }

    Assessment assessment() {
        return new Assessment(catalogue, ruleBase, limits.timeLimit());
    }
}

package org.ismsassessor.web.results;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.snapshot.SnapshotLoader;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment and loader of each edition the service assesses: the default edition's (ISO/IEC 27001:2005) built at
 * start-up, another's built on the first snapshot naming it (a rule base takes seconds to build and memory to hold)
 * with the same limits. A submitted snapshot is loaded and assessed by the edition its top-level {@code edition}
 * names; one naming none or an unknown edition goes to the default, whose loader then reports what is wrong.
 */
public final class EditionEngines {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One edition's assessment and the loader checking snapshots against its catalogue. */
    public record Engine(Assessment assessment, SnapshotLoader loader) {
    }

    private final Engine defaults;
    private final Duration timeLimit;
    private final Map<Edition, Engine> built = new ConcurrentHashMap<>();

    /** @param timeLimit the rule time limit of each assessment, for the editions built later (null: none) */
    public EditionEngines(Assessment assessment, SnapshotLoader loader, Duration timeLimit) {
        this.defaults = new Engine(assessment, loader);
        this.timeLimit = timeLimit;
        built.put(assessment.catalogue().edition(), defaults);
    }

    public Engine defaults() {
        return defaults;
    }

    /** The engine of an edition, built now if no snapshot of it came before. */
    public Engine of(Edition edition) {
        return built.computeIfAbsent(edition, e -> {
            Catalogue catalogue = Catalogue.load(e);
            return new Engine(new Assessment(catalogue, RuleBase.builtIn(catalogue), timeLimit),
                    new SnapshotLoader(catalogue.controls().stream().map(c -> c.id())
                            .collect(java.util.stream.Collectors.toSet()), defaults.loader().limits()));
        });
    }

    /** The engine of the edition a snapshot's JSON names. */
    public Engine forSnapshot(byte[] json) {
        return named(json).filter(RuleBase::hasRulePack).map(this::of).orElse(defaults);
    }

    /** The known edition the top-level {@code edition} names, read by streaming past everything else; empty otherwise. */
    static Optional<Edition> named(byte[] json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            return Edition.namedIn(parser);
        } catch (RuntimeException e) {
            // Not JSON (or a workbook): the default loader reports what is wrong with it.
            return Optional.empty();
        }
    }
}

package org.ismsassessor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edition a snapshot JSON file names, read before the file is loaded: a snapshot of an edition whose rule pack
 * this version lacks is refused in one line, not answered with every SoA reference the other edition's catalogue
 * does not know.
 */
final class SnapshotEdition {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SnapshotEdition() {
    }

    /** Refuses the file when it names a known edition without a rule pack; anything else is the loader's to judge. */
    static void refuseWithoutRulePack(Path file, long maxBytes) {
        named(file, maxBytes).filter(edition -> !RuleBase.hasRulePack(edition))
                .ifPresent(edition -> {
                    throw new Refusal(file + ": " + RuleBase.noRulePack(edition));
                });
    }

    /**
     * The known edition the top-level {@code edition} names, read by streaming past everything else; empty for a
     * file that is missing, too large, not JSON or names no known edition: the loader then says what is wrong.
     */
    static Optional<Edition> named(Path file, long maxBytes) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > maxBytes) {
                return Optional.empty();
            }
            try (JsonParser parser = MAPPER.createParser(file)) {
                return Edition.namedIn(parser);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Unreadable or malformed: the loader reads the file again and reports the problem with its path.
            return Optional.empty();
        }
    }
}

package org.ismsassessor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.generate.SnapshotGenerator;
import org.ismsassessor.generate.SnapshotSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes a synthetic snapshot for benchmarks and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a realistic synthetic snapshot (small ~1,000 facts, medium ~10,000, large ~100,000, "
                + "huge ~1,000,000), the same for the same size and seed.")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--size", defaultValue = "small", paramLabel = "SIZE",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    SnapshotSize size;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the snapshot file to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        SnapshotGenerator generator = new SnapshotGenerator(Catalogue.load(Edition.ISO27001_2005));
        if (Files.isDirectory(out)) {
            throw new Refusal("cannot write " + out + ": it is a folder");
        }
        Outputs.write(out, stream -> generator.write(size, seed, stream));
        spec.commandLine().getErr().println("wrote " + out + " (" + Files.size(out) + " bytes)");
        return ExitCode.OK;
    }
}

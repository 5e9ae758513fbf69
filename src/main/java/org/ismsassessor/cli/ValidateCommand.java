package org.ismsassessor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.snapshot.LoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate SNAPSHOT}: checks a snapshot without assessing it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a snapshot against the format (schema, unique ids, references) without assessing it.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SNAPSHOT", description = "the snapshot: a JSON file, or an ISMS workbook (.xlsx)")
    Path snapshot;

    @picocli.CommandLine.Mixin
    LimitOptions limits;

    @Override
    public Integer call() {
        var loader = Engine.loader(Catalogue.load(Engine.editionOf(snapshot, limits)), limits);
        SnapshotInput input = SnapshotInput.read(loader, snapshot); // JSON, or a workbook
        LoadResult result = input.result();
        if (result instanceof LoadResult.Rejected) {
            return Problems.report(spec.commandLine().getErr(), snapshot + " is not a valid snapshot", input.errors());
        }
        var loaded = (LoadResult.Loaded) result;
        spec.commandLine().getOut().println(snapshot + " is a valid snapshot (" + loaded.paths().size()
                + " identified entities, sha256 " + loaded.sha256() + ")");
        return ExitCode.OK;
    }
}

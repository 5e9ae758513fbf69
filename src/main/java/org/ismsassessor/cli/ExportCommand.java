package org.ismsassessor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.workbook.WorkbookWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code export SNAPSHOT --out FILE.xlsx}: a snapshot as the ISMS workbook, filled in, for a client to update. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a snapshot as the ISMS workbook (.xlsx), filled in; import gives back the same snapshot.")
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SNAPSHOT", description = "the snapshot JSON file")
    Path snapshot;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "where to write the workbook")
    Path out;

    @picocli.CommandLine.Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws IOException {
        WorkbookEdition.refuseOtherEdition(snapshot, limits);
        Catalogue catalogue = Catalogue.load(Edition.ISO27001_2005);
        LoadResult loaded = Engine.loader(catalogue, limits).load(snapshot);
        if (loaded instanceof LoadResult.Rejected rejected) {
            return Problems.report(spec.commandLine().getErr(), snapshot + " is not a valid snapshot", rejected.errors());
        }
        JsonNode tree = JsonMapper.builder().build().readTree(Files.readAllBytes(snapshot));
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        List<InputError> problems = new WorkbookWriter(catalogue).export(tree, workbook);
        if (!problems.isEmpty()) {
            return Problems.report(spec.commandLine().getErr(), snapshot + " cannot be written as a workbook", problems);
        }
        WorkbookFiles.write(out, stream -> workbook.writeTo(stream));
        spec.commandLine().getErr().println("wrote " + out);
        return ExitCode.OK;
    }
}

package org.ismsassessor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.workbook.WorkbookWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template --out FILE.xlsx}: the blank ISMS workbook to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the ISMS workbook to fill in (.xlsx), for an ISO/IEC 27001:2005 snapshot: a sheet per section of the snapshot, dropdowns for "
                + "listed values, the Statement of Applicability listing every Annex A control. Assess it as it is "
                + "(assess FILE.xlsx) or import it.")
final class TemplateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "where to write the workbook")
    Path out;

    @Override
    public Integer call() throws IOException {
        WorkbookWriter writer = new WorkbookWriter(Catalogue.load(Edition.ISO27001_2005));
        WorkbookFiles.write(out, stream -> writer.template(stream));
        spec.commandLine().getErr().println("wrote " + out);
        return ExitCode.OK;
    }

    /** Writes a file through a temporary file beside it, so that a failure never leaves half a workbook. */
    interface Writing {
        void to(OutputStream out) throws IOException;
    }
}

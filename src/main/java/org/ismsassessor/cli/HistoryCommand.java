package org.ismsassessor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.ismsassessor.logging.ControlCharacters;
import org.ismsassessor.report.HistoryReport;
import org.ismsassessor.store.HistoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code history CLIENT}: the trend of a client's scores and open findings over its stored assessments. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Prints the trend of a client's readiness and open findings over its stored assessments (assess --save).")
final class HistoryCommand implements Callable<Integer> {

    /** What the trend can be written as. */
    enum Format {
        text("txt"),
        html("html");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CLIENT", description = "the client's organization id (or name)")
    String client;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}: html is a page with an inline SVG trend chart (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "write to this file (ending in .txt or .html as the format), "
            + "- for standard output, or into this folder, instead of printing")
    Path out;

    @Mixin
    HistoryOptions history;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        HistoryStore store = history.open(err);
        if (store == null) {
            return ExitCode.BAD_INPUT;
        }
        Client found;
        List<AssessmentSummary> assessments;
        try (store) {
            Optional<Client> match = store.client(client);
            if (match.isEmpty()) {
                err.println("error: no client '" + client + "' in the history " + history.folder() + "; known: "
                        + store.clients().stream().map(Client::id).toList());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            found = match.get();
            assessments = store.assessments(found);
        }
        String page = format == Format.html ? HistoryReport.html(found, assessments)
                : ControlCharacters.escape(HistoryReport.text(found, assessments));
        if (out == null) {
            spec.commandLine().getOut().print(page);
            spec.commandLine().getOut().flush();
        } else {
            Map<String, Path> targets = Outputs.targets(
                    new Outputs.Request(out, found.id() + "-history", List.of(format.extension)), List.of());
            Outputs.write(targets, Map.of(format.extension, page.getBytes(StandardCharsets.UTF_8)), spec.commandLine().getOut())
                    .forEach(p -> err.println("wrote " + p));
            err.flush();
        }
        return ExitCode.OK;
    }
}

package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.logging.ControlCharacters;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.report.PortfolioReport;
import org.ismsassessor.store.HistoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code portfolio}: every client side by side, from its latest stored assessment. */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
        description = "Lists every client in the history side by side: verdict, overall score, open majors and minors, "
                + "last assessment date and days since.")
final class PortfolioCommand implements Callable<Integer> {

    /** What the portfolio can be written as. */
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "count the days since each last assessment up to this day (default: today)")
    LocalDate date;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    HistoryOptions history;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        HistoryStore store = history.open(err);
        if (store == null) {
            return ExitCode.BAD_INPUT;
        }
        List<AssessmentSummary> latest;
        try (store) {
            latest = store.latestOfEachClient();
        }
        LocalDate today = date == null ? LocalDate.now() : date;
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json
                ? JsonReport.mapper().writeValueAsString(PortfolioReport.lines(latest, today)) + "\n"
                : ControlCharacters.escape(PortfolioReport.text(latest, today)));
        out.flush();
        return ExitCode.OK;
    }
}

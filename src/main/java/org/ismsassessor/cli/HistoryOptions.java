package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ismsassessor.store.DataFolder;
import org.ismsassessor.store.HistoryStore;
import org.ismsassessor.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The {@code --data-dir} option of every command that reads or writes the history (also {@code serve}'s), and opening
 * the store: when it cannot be opened, one line says why (a running server holding it, a folder that cannot be made).
 */
final class HistoryOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the folder holding the assessment history (default: $XDG_DATA_HOME/isms-assessor, "
                    + "else ~/.local/share/isms-assessor)")
    Path dataDir;

    Path folder() {
        return DataFolder.resolve(dataDir);
    }

    /** The store, or null after reporting why it cannot be opened (e.g. another process holds the file). */
    HistoryStore open(PrintWriter err) {
        try {
            return HistoryStore.open(folder());
        } catch (StoreException | java.io.UncheckedIOException | org.flywaydb.core.api.FlywayException e) {
            err.println("error: " + (DatabaseProblems.inUse(e) ? DatabaseProblems.inUseMessage(folder())
                    : "cannot open the history in " + folder() + ": " + DatabaseProblems.reason(e)));
            err.flush();
            return null;
        }
    }
}

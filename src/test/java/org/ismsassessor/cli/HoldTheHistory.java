package org.ismsassessor.cli;

import java.nio.file.Path;
import org.ismsassessor.store.HistoryStore;

/**
 * Stands for a running {@code serve} in {@code CommandLineSafetyTest}: another process holding the history's
 * database, with the note a server leaves, until killed.
 */
public final class HoldTheHistory {
    private HoldTheHistory() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (HistoryStore store = HistoryStore.open(folder)) {
            ServerMarker.write(folder, "http://127.0.0.1:8080/");
            System.out.print("ready\n");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}

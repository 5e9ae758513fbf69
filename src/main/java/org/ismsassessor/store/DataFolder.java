package org.ismsassessor.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the history lives by default: {@code $XDG_DATA_HOME/isms-assessor}, else {@code ~/.local/share/isms-assessor}. */
public final class DataFolder {
    public static final String APPLICATION = "isms-assessor";

    private DataFolder() {
    }

    /** The folder given on the command line, else the default for this user. */
    public static Path resolve(Path given) {
        return resolve(given, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Path given, Map<String, String> environment, String userHome) {
        if (given != null) {
            return given;
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, APPLICATION);
        }
        return Path.of(userHome, ".local", "share", APPLICATION);
    }
}

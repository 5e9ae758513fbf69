package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ismsassessor.audit.AuditChain;
import org.ismsassessor.audit.AuditKey;
import org.ismsassessor.audit.Verification;
import org.ismsassessor.store.DataFolder;
import org.ismsassessor.store.HistoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit-log verify}: checks the web service's audit trail, entry by entry, with its key. */
@Command(name = "audit-log", mixinStandardHelpOptions = true,
        description = "The web service's audit trail (see docs/audit-trail.md).",
        subcommands = AuditLogCommand.Verify.class)
final class AuditLogCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: say what to do with the audit log: verify");
        spec.commandLine().usage(err);
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** Exit 0 with the count when the chain checks; 1 naming the first entry that does not; 2 on bad usage. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks the audit trail's chain: every entry present (no gap in the sequence numbers), "
                    + "unchanged and following the one before (its keyed hash). Exit code 0 when it checks, 1 naming the "
                    + "first entry that does not, 2 on bad usage or a database that cannot be read.",
                "The key is $" + AuditKey.VARIABLE + ", else the data folder's " + AuditKey.FILE + " (embedded database "
                    + "only); the database password, for --db-url, is $ASSESSOR_DB_PASSWORD."})
    static final class Verify implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the data folder of the service's embedded database (default: $XDG_DATA_HOME/isms-assessor, "
                        + "else ~/.local/share/isms-assessor)")
        Path dataDir;

        @Option(names = "--db-url", paramLabel = "JDBC_URL",
                description = "the service's PostgreSQL database instead, e.g. jdbc:postgresql://localhost:5432/assessor")
        String dbUrl;

        @Option(names = "--db-user", paramLabel = "USER", description = "the database user for --db-url")
        String dbUser;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (dbUrl != null && dataDir != null) {
                return refuse(err, "give --data-dir or --db-url, not both");
            }
            if (dbUrl == null && dbUser != null) {
                return refuse(err, "--db-user goes with --db-url");
            }
            Path folder = dbUrl == null ? DataFolder.resolve(dataDir).toAbsolutePath() : null;
            AuditKey key;
            try {
                key = AuditKey.forVerification(System.getenv(AuditKey.VARIABLE), folder);
            } catch (AuditKey.Unavailable e) {
                return refuse(err, e.getMessage());
            }
            if (folder != null && !Files.exists(folder.resolve(HistoryStore.DATABASE + ".mv.db"))) {
                return refuse(err, "no database in " + folder + " (the service's data folder; give it with --data-dir DIR)");
            }
            String where = folder == null ? dbUrl : "the embedded database in " + folder;
            Verification result;
            try (Connection connection = connect(folder)) {
                result = new AuditChain(key).verify(connection);
            } catch (SQLException e) {
                if (folder != null && DatabaseProblems.inUse(e)) {
                    return refuse(err, DatabaseProblems.inUseMessage(folder));
                }
                return refuse(err, "cannot read the audit trail of " + where + ": " + DatabaseProblems.reason(e));
            }
            if (result instanceof Verification.Broken broken) {
                out.println("audit trail of " + where + " does not check from entry " + broken.sequence() + ": "
                        + broken.reason());
                out.flush();
                return ExitCode.FINDINGS;
            }
            out.println("audit trail of " + where + " checks: " + ((Verification.Intact) result).entries() + " entries");
            out.flush();
            return ExitCode.OK;
        }

        private Connection connect(Path folder) throws SQLException {
            if (folder != null) {
                // IFEXISTS: never create an empty database where the service's should be.
                return DriverManager.getConnection(HistoryStore.embeddedUrl(folder) + ";IFEXISTS=TRUE", "sa", "");
            }
            String password = System.getenv("ASSESSOR_DB_PASSWORD");
            return DriverManager.getConnection(dbUrl, dbUser == null ? "" : dbUser, password == null ? "" : password);
        }

        private static int refuse(PrintWriter err, String message) {
            err.println("error: " + message);
            err.flush();
            return ExitCode.BAD_INPUT;
        }
    }
}

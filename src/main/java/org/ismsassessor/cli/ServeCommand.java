package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ismsassessor.store.DataFolder;
import org.ismsassessor.web.WebApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the multi-client web service (REST API and pages) until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web service: REST API under /api/v1, pages at /, API docs at /api-docs.",
            "The first start on an empty database creates the user 'admin': its password is "
                    + "$ASSESSOR_ADMIN_PASSWORD when set, otherwise a random one written to "
                    + "<data>/initial-admin-password.",
            "The database password, for --db-url, is read from $ASSESSOR_DB_PASSWORD (never an option, "
                    + "so it stays out of the process list).",
            "The audit trail's key is $ASSESSOR_AUDIT_KEY (required with --db-url); without it, a random key is "
                    + "created once in <data>/audit.key."})
final class ServeCommand implements Callable<Integer> {

    /** The loggers that report a failed start, each with a page of stack traces: silent while starting. */
    private static final Map<String, String> STARTUP_FAILURE_LOGGERS = Map.of(
            "org.springframework.boot.SpringApplication", "OFF",
            "org.springframework.boot.diagnostics", "OFF",
            "org.springframework.boot.web.server.servlet.context", "ERROR",
            "com.zaxxer.hikari.pool.HikariPool", "OFF");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    int port = 8080;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "HTTP port, 1 to 65535 (default: ${DEFAULT-VALUE})")
    void port(int port) {
        this.port = (int) Ranges.check(spec, "--port", port, 1, 65535);
    }

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all)")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "data folder of the embedded database, the history of the other commands (default: "
                    + "$XDG_DATA_HOME/isms-assessor or ~/.local/share/isms-assessor)")
    Path data;

    /** The option's former name, kept so that scripts go on working. */
    @Option(names = "--data", hidden = true, paramLabel = "DIR")
    void formerData(Path folder) {
        data = folder;
    }

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "a PostgreSQL database instead of the embedded one, e.g. jdbc:postgresql://localhost:5432/assessor")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "the database user for --db-url")
    String dbUser;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = DataFolder.resolve(data).toAbsolutePath();
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", port);
        properties.put("server.address", host);
        properties.put("assessor.data-folder", folder.toString());
        String auditKey = System.getenv(org.ismsassessor.audit.AuditKey.VARIABLE);
        if (dbUrl != null && (auditKey == null || auditKey.isBlank())) {
            // A key file next to the application would not be shared by the instances on that database.
            err.println("error: the server cannot start: set " + org.ismsassessor.audit.AuditKey.VARIABLE
                    + " (at least 32 random characters, e.g. 'openssl rand -base64 48'): with --db-url the audit trail's"
                    + " key must come from the environment, not from a file next to the data");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (auditKey != null) {
            properties.put("assessor.audit.key", auditKey);
        }
        if (dbUrl != null) {
            properties.put("spring.datasource.url", dbUrl);
            properties.put("spring.datasource.username", dbUser == null ? "" : dbUser);
            String password = System.getenv("ASSESSOR_DB_PASSWORD");
            properties.put("spring.datasource.password", password == null ? "" : password);
        }
        String adminPassword = System.getenv("ASSESSOR_ADMIN_PASSWORD");
        if (adminPassword != null) {
            properties.put("assessor.admin.password", adminPassword);
        }
        if (AssessorCommand.verbose) {
            properties.put("logging.level.root", "INFO");
        } else {
            // A failed start is told in one line below; Spring's report of it is a page of stack traces.
            STARTUP_FAILURE_LOGGERS.forEach((logger, level) -> properties.put("logging.level." + logger, level));
        }
        ConfigurableApplicationContext context;
        try {
            context = WebApplication.start(properties);
        } catch (RuntimeException e) {
            err.println("error: the server cannot start: " + startFailure(e, folder));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (!AssessorCommand.verbose) {
            // Started: these loggers report on the running server again (a database outage, say).
            LoggingSystem logging = LoggingSystem.get(ServeCommand.class.getClassLoader());
            STARTUP_FAILURE_LOGGERS.keySet().forEach(logger -> logging.setLogLevel(logger, null));
        }
        if (dbUrl == null) {
            ServerMarker.write(folder, "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + port + "/");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ServerMarker.remove(folder), "server-marker"));
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        err.println("serving on http://" + shown + ":" + port + "/ (API: /api/v1, docs: /api-docs, database: "
                + (dbUrl == null ? folder.resolve("history.mv.db") : dbUrl) + "); stop with Ctrl-C");
        err.flush();
        closed.await();
        return ExitCode.OK;
    }

    /** Why the server did not start, in one line. */
    private String startFailure(Throwable e, Path folder) {
        if (dbUrl == null && DatabaseProblems.inUse(e)) {
            return DatabaseProblems.inUseMessage(folder);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return "port " + port + " on " + host + " is in use by another program: give another --port";
            }
        }
        String database = dbUrl != null ? dbUrl : "the embedded database in " + folder;
        return (DatabaseProblems.causedBySql(e) ? database + ": " : "") + DatabaseProblems.reason(e);
    }
}

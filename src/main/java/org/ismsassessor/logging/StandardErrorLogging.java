package org.ismsassessor.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logback's configuration for the command line, in code: quiet by default, the libraries' errors and the assessor's
 * own warnings only, in one line each
 * (PDFBox's font fallbacks, Flyway's note on the H2 version and the like are not a user's concern), on standard error
 * (never mixed with a report printed on standard output), and not Drools' report of a rule file that does not build
 * (the assessor reports rule problems in its own words, with file and line). {@code --verbose} shows the libraries'
 * warnings and notes with their stack traces ({@link #verbose()}). Control characters in messages are escaped
 * ({@link EscapedMessageConverter}). Logback finds this class through {@code META-INF/services} before looking for an
 * XML file, which saves parsing one at every start. The service ({@code serve}) is configured by Spring Boot from
 * {@code logback-spring.xml}, with the same appender and pattern, at WARN.
 */
public final class StandardErrorLogging extends ContextAwareBase implements Configurator {
    /** Logs the errors of a rule file that does not build, which the assessor reports itself, file and line first. */
    static final String KIE_PROJECT = "org.drools.compiler.kie.builder.impl.KieProject";
    /** The assessor's own loggers, whose warnings are shown at the default level. */
    static final String ASSESSOR = "org.ismsassessor";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";
    /** Without {@code --verbose}: one line per message, no stack trace. */
    static final String QUIET_PATTERN = PATTERN + "%nopex";
    static final String APPENDER = "STDERR";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Map<String, Supplier<DynamicConverter>> rules = new HashMap<>();
        rules.put("msg", EscapedMessageConverter::new);
        rules.put("m", EscapedMessageConverter::new);
        rules.put("message", EscapedMessageConverter::new);
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);

        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setTarget("System.err");
        appender.setEncoder(encoder(context, QUIET_PATTERN));
        appender.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.ERROR);
        root.addAppender(appender);
        context.getLogger("org.drools").setLevel(Level.ERROR);
        context.getLogger("org.kie").setLevel(Level.ERROR);
        context.getLogger(KIE_PROJECT).setLevel(Level.OFF);
        // The assessor's own warnings are for the user (a PDF that cannot show some characters names them once):
        // shown without --verbose, unlike the libraries'.
        context.getLogger(ASSESSOR).setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code --verbose}: the libraries' warnings and notes too (Drools' and KIE's warnings), with stack traces. */
    public static void verbose() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            verbose(context);
        }
    }

    static void verbose(LoggerContext context) {
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        context.getLogger(ASSESSOR).setLevel(null);
        context.getLogger("org.drools").setLevel(Level.WARN);
        context.getLogger("org.kie").setLevel(Level.WARN);
        if (root.getAppender(APPENDER) instanceof ConsoleAppender<ILoggingEvent> appender) {
            appender.stop();
            appender.setEncoder(encoder(context, PATTERN));
            appender.start();
        }
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}

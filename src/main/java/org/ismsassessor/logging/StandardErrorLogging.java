package org.ismsassessor.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logback's configuration for the command line, in code: warnings and errors on standard error (never mixed with a
 * report printed on standard output), Drools and KIE at errors only, and not Drools' report of a rule file that
 * does not build (the assessor reports rule problems in its own words, with file and line). Logback finds it through {@code META-INF/services} before looking for an XML file, which saves parsing one
 * at every start. The service ({@code serve}) is configured by Spring Boot from {@code logback-spring.xml}, with the
 * same appender and levels.
 */
public final class StandardErrorLogging extends ContextAwareBase implements Configurator {
    /** Logs the errors of a rule file that does not build, which the assessor reports itself, file and line first. */
    static final String KIE_PROJECT = "org.drools.compiler.kie.builder.impl.KieProject";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        context.getLogger("org.drools").setLevel(Level.ERROR);
        context.getLogger("org.kie").setLevel(Level.ERROR);
        context.getLogger(KIE_PROJECT).setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}

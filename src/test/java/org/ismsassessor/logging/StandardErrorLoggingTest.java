package org.ismsassessor.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * The command line's logging in code and the service's in XML say the same; the command line is quiet unless
 * --verbose, and no message sends control characters to the terminal.
 */
class StandardErrorLoggingTest {

    @Test
    void quietByDefaultAndVerboseShowsTheLibrariesNotesWithStackTraces() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        new StandardErrorLogging().configure(context);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        @SuppressWarnings("unchecked")
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
                (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) root.getAppender(StandardErrorLogging.APPENDER);
        appender.setOutputStream(printed);

        // PDFBox's font fallbacks and Flyway's note on the H2 version are warnings: not shown without --verbose.
        context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").warn("Using fallback font LiberationSans");
        context.getLogger("org.flywaydb.core.internal.database.base.Database").warn("Using H2 2.4.240 which is newer");
        context.getLogger("org.example").error("failed \u001B[31mred", new IllegalStateException("boom"));
        String quiet = printed.toString(StandardCharsets.UTF_8);
        assertTrue(quiet.endsWith(" ERROR [" + Thread.currentThread().getName() + "] org.example - failed \\u001B[31mred\n"), quiet);
        assertEquals(1, quiet.lines().count(), quiet);

        // The assessor's own warnings are for the user (characters a PDF cannot show): shown without --verbose, its notes not.
        printed.reset();
        context.getLogger("org.ismsassessor.report.PdfReport").warn("The PDF cannot show 東 (U+6771)");
        context.getLogger("org.ismsassessor.report.PdfReport").info("a note");
        String own = printed.toString(StandardCharsets.UTF_8);
        assertTrue(own.endsWith(" WARN  [" + Thread.currentThread().getName()
                + "] org.ismsassessor.report.PdfReport - The PDF cannot show 東 (U+6771)\n"), own);
        assertEquals(1, own.lines().count(), own);

        printed.reset();
        StandardErrorLogging.verbose(context);
        appender = (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) root.getAppender(StandardErrorLogging.APPENDER);
        appender.setOutputStream(printed);
        context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").warn("Using fallback font LiberationSans");
        context.getLogger("org.example").error("failed", new IllegalStateException("boom"));
        context.getLogger("org.ismsassessor.report.PdfReport").info("an assessor's note");
        String verbose = printed.toString(StandardCharsets.UTF_8);
        assertTrue(verbose.contains("an assessor's note"), verbose);
        assertTrue(verbose.contains("WARN  [") && verbose.contains("Using fallback font LiberationSans"), verbose);
        assertTrue(verbose.contains("java.lang.IllegalStateException: boom") && verbose.contains("\tat "), verbose);
    }

    @Test
    void logsErrorsOnlyToStandardErrorAndNotDroolsBuildReport() {
        LoggerContext context = new LoggerContext();
        new StandardErrorLogging().configure(context);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.ERROR, root.getLevel());
        assertEquals(Level.ERROR, context.getLogger("org.drools").getLevel());
        assertEquals(Level.ERROR, context.getLogger("org.kie").getLevel());
        assertEquals(Level.OFF, context.getLogger(StandardErrorLogging.KIE_PROJECT).getLevel());
        assertEquals(Level.WARN, context.getLogger(StandardErrorLogging.ASSESSOR).getLevel());
        ConsoleAppender<?> appender = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertEquals("System.err", appender.getTarget());
        assertTrue(appender.isStarted());
    }

    @Test
    void theServiceConfigurationUsesTheSamePatternAndLevels() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/logback-spring.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("<pattern>" + StandardErrorLogging.PATTERN + "</pattern>"), xml);
        assertTrue(xml.contains("<target>System.err</target>"), xml);
        assertTrue(xml.contains("<logger name=\"org.drools\" level=\"ERROR\"/>"), xml);
        assertTrue(xml.contains("<logger name=\"org.kie\" level=\"ERROR\"/>"), xml);
        assertTrue(xml.contains("<logger name=\"" + StandardErrorLogging.KIE_PROJECT + "\" level=\"OFF\"/>"), xml);
        assertTrue(xml.contains("<root level=\"WARN\">"), xml);
        assertTrue(xml.contains("<conversionRule conversionWord=\"msg\" class=\""
                + EscapedMessageConverter.class.getName() + "\"/>"), xml);
    }
}

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

/** The command line's logging in code and the service's in XML say the same. */
class StandardErrorLoggingTest {

    @Test
    void logsWarningsToStandardErrorAndDroolsErrorsOnly() {
        LoggerContext context = new LoggerContext();
        new StandardErrorLogging().configure(context);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        assertEquals(Level.ERROR, context.getLogger("org.drools").getLevel());
        assertEquals(Level.ERROR, context.getLogger("org.kie").getLevel());
        assertEquals(Level.OFF, context.getLogger(StandardErrorLogging.KIE_PROJECT).getLevel());
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
    }
}

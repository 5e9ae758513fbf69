package org.ismsassessor.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %msg} with control characters escaped: a message quoting a file name or a snapshot's text cannot
 * send escape sequences to the terminal. Registered for the command line in code and for the service in
 * {@code logback-spring.xml}.
 */
public final class EscapedMessageConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return ControlCharacters.escape(event.getFormattedMessage());
    }
}

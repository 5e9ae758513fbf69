package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * The date something was last done, which format 1.1 lets a snapshot state as {@code "never"}. "Never done" is a
 * statement about the organization (a restore never tested is a nonconformity), where an absent date only says the
 * snapshot does not show it (a gap). In the records it is the date {@link #NEVER}: far before any other, so a rule
 * asking "done after X?" answers no, while {@code Dates.overdue} leaves it to the rules written for "never".
 */
public final class PerformedOn {
    /** What {@code "never"} reads as. */
    public static final LocalDate NEVER = LocalDate.MIN;
    /** The word a snapshot uses. */
    public static final String WORD = "never";

    private PerformedOn() {
    }

    /** True when the date is the snapshot's "never". */
    public static boolean never(LocalDate date) {
        return NEVER.equals(date);
    }

    /** Reads a date or "never" (the schema has already checked the form). */
    public static final class Reader extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            String text = parser.getString();
            if (WORD.equals(text)) {
                return NEVER;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                        "expected a date YYYY-MM-DD or \"never\"");
            }
        }
    }

    /** Writes "never" back as the word, so an exported snapshot says what it was given. */
    public static final class Writer extends ValueSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(never(value) ? WORD : value.toString());
        }
    }
}

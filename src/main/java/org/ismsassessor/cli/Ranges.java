package org.ismsassessor.cli;

import picocli.CommandLine;

/** Checks an option's value against its range: out of it, a usage error (exit code 2) naming the option and range. */
final class Ranges {
    private Ranges() {
    }

    static long check(CommandLine.Model.CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            String range = max == Long.MAX_VALUE / 1000 || max == Integer.MAX_VALUE || max == Long.MAX_VALUE
                    ? min + " or more" : "from " + min + " to " + max;
            throw new CommandLine.ParameterException(spec == null ? null : spec.commandLine(),
                    "Invalid value for option '" + option + "': " + value + " is out of range (" + range + ")");
        }
        return value;
    }
}

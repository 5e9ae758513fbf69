package org.ismsassessor.snapshot;

/** The password and session settings actually configured on one system. */
public record AuthenticationSetting(
        String id,
        String systemId,
        Integer minPasswordLength,
        Integer passwordHistory,
        Integer maxPasswordAgeDays,
        Boolean multiFactor,
        Integer sessionTimeoutMinutes) {
}

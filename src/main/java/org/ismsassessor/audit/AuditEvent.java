package org.ismsassessor.audit;

/**
 * What is appended to the audit trail: who (a username, or {@value #ANONYMOUS}), did what, on which client (null
 * when none applies), to what, with which outcome, from which address. Never a secret or a request body.
 */
public record AuditEvent(String actor, String action, String client, String target, String outcome, String address) {
    public static final String ANONYMOUS = "anonymous";

    public AuditEvent {
        actor = actor == null || actor.isBlank() ? ANONYMOUS : clip(actor, 100);
        action = clip(action, 40);
        client = client == null ? null : clip(client, 200);
        target = clip(target == null ? "" : target, 1000);
        outcome = clip(outcome, 40);
        address = address == null ? null : clip(address, 100);
    }

    /** Longer texts are cut to their column's width, so that an odd request cannot make its own entry fail. */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

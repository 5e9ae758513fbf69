package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ismsassessor.web.audit.AuditQuery;
import org.ismsassessor.web.audit.AuditTrail;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first, for admins (enforced by the security chain). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "Who did what: the audit trail (admin)")
class AuditLogController {
    private final AuditTrail trail;

    AuditLogController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit-log")
    @Operation(summary = "Audit trail entries, newest first (admin)",
            description = "Each entry: sequence number, time (UTC), actor (a username or anonymous), action, client, "
                    + "target, outcome, client address and the chain's hashes. nextBefore, when not null, is the "
                    + "before parameter of the next page.")
    AuditTrail.Page auditLog(
            @Parameter(description = "only entries about this client") @RequestParam(required = false) String client,
            @Parameter(description = "only entries by this user (anonymous: failed sign-ins of no known account)")
            @RequestParam(required = false) String user,
            @Parameter(description = "from this date (UTC) or date-time with offset, included")
            @RequestParam(required = false) String from,
            @Parameter(description = "up to this date (UTC, included) or date-time with offset (excluded)")
            @RequestParam(required = false) String to,
            @Parameter(description = "entries before this sequence number (the previous page's nextBefore)")
            @RequestParam(required = false) String before,
            @Parameter(description = "entries per page, 1 to 500 (default 100)") @RequestParam(required = false) String limit) {
        return trail.entries(AuditQuery.parse(client, user, from, to, before, limit));
    }
}

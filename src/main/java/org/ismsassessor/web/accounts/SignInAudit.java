package org.ismsassessor.web.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.ismsassessor.audit.AuditEvent;
import org.ismsassessor.web.audit.AuditRules;
import org.ismsassessor.web.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-ins and failed sign-ins in the audit trail. A failed one names the account only when it exists: a name
 * that matches no account may be a password typed in the wrong field, so it is logged as anonymous.
 */
@Component
class SignInAudit {
    private final AuditTrail trail;
    private final AccountStore accounts;

    SignInAudit(AuditTrail trail, AccountStore accounts) {
        this.trail = trail;
        this.accounts = accounts;
    }

    /** A sign-in with the form; false when it could not be recorded (the sign-in is then refused). */
    boolean signedIn(String username, HttpServletRequest request) {
        return trail.tryRecord(new AuditEvent(username, AuditRules.SIGN_IN, null, "sign-in form", "success",
                request.getRemoteAddr()));
    }

    /** A password refused (wrong, throttled, disabled account), with the way it was tried. */
    void failed(String username, String address, String reason) {
        boolean known = username != null && accounts.find(username).isPresent();
        trail.tryRecord(new AuditEvent(known ? username : null, AuditRules.FAILED_SIGN_IN, null, way(),
                "refused: " + (known || !reason.equals("wrong password") ? reason : "unknown user"), address));
    }

    /** An API token refused: unknown, expired or revoked, or its user disabled (then named). */
    void failedToken(String username, HttpServletRequest request) {
        trail.tryRecord(new AuditEvent(username, AuditRules.FAILED_SIGN_IN, null, "API token " + path(request),
                username == null ? "refused: unknown token" : "refused: account disabled", request.getRemoteAddr()));
    }

    /** The sign-in form, or HTTP Basic on a path. */
    private static String way() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String path = path(attributes.getRequest());
            return path.equals("/login") ? "sign-in form" : "HTTP Basic " + path;
        }
        return "password";
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

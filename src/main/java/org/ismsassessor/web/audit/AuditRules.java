package org.ismsassessor.web.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.AntPathMatcher;

/**
 * Which requests are audited, as what: the first rule matching the request's method and path (Ant patterns) names
 * its action. Requests no rule matches (the sign-in page, the API description, the health check, one's own
 * account and token list, the admin forms' pages) are not logged. Decisions and remediation tracking are matched
 * wherever their paths sit, so that their endpoints are logged without knowing about this class.
 */
public final class AuditRules {
    static final String SUBMIT = "submit";
    static final String READ = "read";
    static final String DOWNLOAD = "download";
    static final String COMPARE = "compare";
    static final String DECISION = "decision";
    static final String TRACKING = "tracking change";
    static final String GRANT = "grant";
    static final String USER = "user change";
    static final String CLIENT = "client change";
    static final String TOKEN_CREATE = "token create";
    static final String TOKEN_REVOKE = "token revoke";
    static final String PASSWORD = "password change";
    public static final String SIGN_IN = "sign-in";
    public static final String FAILED_SIGN_IN = "failed sign-in";

    private static final Set<String> GET = Set.of("GET");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private record Rule(Set<String> methods, String pattern, String action) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Set.of("POST"), "/api/v1/assessments", SUBMIT),
            new Rule(Set.of("POST"), "/assessments", SUBMIT),
            new Rule(WRITES, "/**/decisions", DECISION),
            new Rule(WRITES, "/**/decisions/**", DECISION),
            new Rule(WRITES, "/**/actions", TRACKING),
            new Rule(WRITES, "/**/actions/**", TRACKING),
            new Rule(GET, "/api/v1/comparisons", COMPARE),
            new Rule(GET, "/compare", COMPARE),
            new Rule(GET, "/compare/download", DOWNLOAD),
            new Rule(GET, "/results/*/download", DOWNLOAD),
            new Rule(GET, "/api/v1/results/*/snapshot", DOWNLOAD),
            new Rule(Set.of("PUT", "DELETE"), "/api/v1/users/*/clients/*", GRANT),
            new Rule(Set.of("POST"), "/admin/users/*/grants", GRANT),
            new Rule(Set.of("POST"), "/admin/users/*/grants/*/withdraw", GRANT),
            new Rule(WRITES, "/api/v1/users", USER),
            new Rule(WRITES, "/api/v1/users/**", USER),
            new Rule(Set.of("POST"), "/admin/users", USER),
            new Rule(Set.of("POST"), "/admin/users/**", USER),
            new Rule(Set.of("POST"), "/api/v1/clients", CLIENT),
            new Rule(Set.of("POST"), "/admin/clients", CLIENT),
            new Rule(Set.of("POST"), "/api/v1/tokens", TOKEN_CREATE),
            new Rule(Set.of("POST"), "/account/tokens", TOKEN_CREATE),
            new Rule(Set.of("DELETE"), "/api/v1/tokens/*", TOKEN_REVOKE),
            new Rule(Set.of("POST"), "/account/tokens/*/revoke", TOKEN_REVOKE),
            new Rule(Set.of("PUT"), "/api/v1/me/password", PASSWORD),
            new Rule(Set.of("POST"), "/account/password", PASSWORD),
            new Rule(GET, "/api/v1/audit-log", READ),
            new Rule(GET, "/admin/audit-log", READ),
            new Rule(GET, "/api/v1/results/**", READ),
            new Rule(GET, "/api/v1/clients/**", READ),
            new Rule(GET, "/api/v1/clients", READ),
            new Rule(GET, "/api/v1/portfolio", READ),
            new Rule(GET, "/api/v1/users", READ),
            new Rule(GET, "/api/v1/users/**", READ),
            new Rule(GET, "/results/*", READ),
            new Rule(GET, "/clients/*", READ),
            new Rule(GET, "/portfolio", READ));

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private AuditRules() {
    }

    /** The action a request is logged as, if any. */
    static Optional<String> action(String method, String path) {
        return RULES.stream().filter(r -> r.methods().contains(method) && PATHS.match(r.pattern(), path))
                .map(Rule::action).findFirst();
    }

    /** True when the method changes something: its answer is held until its entry is written. */
    static boolean isWrite(String method) {
        return WRITES.contains(method);
    }
}

package org.ismsassessor.web.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ismsassessor.audit.AuditEvent;
import org.ismsassessor.web.ErrorResponses;
import org.ismsassessor.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

/**
 * Logs the requests {@link AuditRules} names, by the signed-in user, once the answer's status is known. It runs in
 * both security chains after sign-in and before the role checks, so that a request refused for its role is logged
 * too; requests of no one signed in are not (failed sign-ins are logged where passwords and tokens are checked).
 * The answer to a request that changes something is held until its entry is written: when the trail cannot be
 * written, the caller gets 503 instead (fail closed) and the entry goes to the service's log at ERROR. A read is
 * answered all the same, its entry logged at ERROR. Not a bean: a filter bean would also be registered with the
 * servlet container, which would then need the database before the server has started.
 */
public class AuditFilter extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    /** Query parameters that name what was read (ids, formats), never secrets: kept in the entry's target. */
    private static final List<String> TARGET_PARAMETERS = List.of("from", "to", "format");
    /** The admin and account forms' fields that say what was changed (never a password): kept in the target. */
    private static final List<String> FORM_FIELDS = List.of("username", "role", "enabled", "client", "id", "name");
    private static final Pattern CLIENT_IN_PATH = Pattern.compile("/clients/([^/?]+)");
    private static final Pattern GRANT_IN_PATH = Pattern.compile("/grants/([^/?]+)");
    private static final Pattern RESULT_IN_PATH = Pattern.compile("/results/([^/?]+)");

    private final AuditTrail trail;

    public AuditFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        Optional<String> action = AuditRules.action(request.getMethod(), path);
        String actor = actor();
        if (action.isEmpty() || actor == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean write = AuditRules.isWrite(request.getMethod());
        HeldResponse held = write ? new HeldResponse(response) : null;
        try {
            chain.doFilter(request, write ? held : response);
        } catch (AccessDeniedException e) {
            // Refused for its role: answered by the security chain once this exception passes.
            append(request, path, actor, action.get(), 403, null, false);
            throw e;
        }
        HttpServletResponse answered = write ? held : response;
        boolean recorded = append(request, path, actor, action.get(), answered.getStatus(),
                answered.getHeader("Location"), write);
        if (!write) {
            return;
        }
        if (recorded || response.isCommitted()) {
            held.copyBodyToResponse();
            return;
        }
        response.reset();
        ErrorResponses.write(request, response, 503, "Service unavailable", "The audit trail cannot record this "
                + "request now, so its answer is withheld. Check whether it took effect before trying again.",
                Problem.DEFAULT_RETRY_AFTER_SECONDS);
    }

    /** Appends the entry; false when it could not be written (then logged at ERROR). */
    private boolean append(HttpServletRequest request, String path, String actor, String action, int status,
            String location, boolean write) {
        String chosen = action;
        String format = parameter(request, "format");
        if (action.equals(AuditRules.READ) && path.startsWith("/api/v1/results/") && format != null
                && !format.isBlank() && !format.equalsIgnoreCase("json")) {
            chosen = AuditRules.DOWNLOAD;
        }
        AuditEvent event = null;
        try {
            event = new AuditEvent(actor, chosen, client(request, path, location), target(request, path, location),
                    outcome(status), request.getRemoteAddr());
            trail.record(event);
            return true;
        } catch (RuntimeException e) {
            LOG.error("Not recorded in the audit trail ({}): {} {} by {} from {}, client {}, {}: {}",
                    write ? "answered 503" : "answered", chosen, event == null ? path : event.target(), actor,
                    request.getRemoteAddr(), event == null ? "?" : event.client(),
                    event == null ? "status " + status : event.outcome(), e.getMessage());
            return false;
        }
    }

    /** The signed-in user, or null for no one. */
    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    /** The client a request was about: named in its path or form, or the client of the result it read or stored. */
    private String client(HttpServletRequest request, String path, String location) {
        Matcher named = CLIENT_IN_PATH.matcher(path);
        if (named.find()) {
            return named.group(1);
        }
        Matcher grant = GRANT_IN_PATH.matcher(path);
        if (grant.find()) {
            return grant.group(1);
        }
        if (path.startsWith("/admin/users/") && path.endsWith("/grants") || path.equals("/admin/clients")) {
            // The admin pages' forms name it (a form field, never a secret).
            String client = parameter(request, path.equals("/admin/clients") ? "id" : "client");
            return client == null || client.isBlank() ? null : client.strip();
        }
        String result = null;
        Matcher read = RESULT_IN_PATH.matcher(path);
        if (read.find()) {
            result = read.group(1);
        } else if (location != null) {
            Matcher created = RESULT_IN_PATH.matcher(location);
            Matcher createdClient = CLIENT_IN_PATH.matcher(location);
            if (created.find()) {
                result = created.group(1);
            } else if (createdClient.find()) {
                return decode(createdClient.group(1));
            }
        } else if (path.equals("/api/v1/comparisons") || path.startsWith("/compare")) {
            result = parameter(request, "to");
        }
        return result == null ? null : trail.clientOfResult(result).orElse(null);
    }

    /**
     * What was acted on: the path with the parameters naming what was read or the form's fields naming what was
     * changed, and what an API creation answered (its Location).
     */
    private static String target(HttpServletRequest request, String path, String location) {
        StringBuilder target = new StringBuilder(path);
        boolean form = path.startsWith("/admin/") || path.startsWith("/account/");
        List<String> names = request.getMethod().equals("GET") ? TARGET_PARAMETERS : form ? FORM_FIELDS : List.of();
        String separator = "?";
        for (String name : names) {
            String value = parameter(request, name);
            if (value != null && !value.isBlank() && value.length() <= 200) {
                target.append(separator).append(name).append('=').append(value.strip());
                separator = "&";
            }
        }
        String created = location == null ? null : location.replaceFirst("^https?://[^/]+", "");
        if (created != null && (created.startsWith("/api/") || created.startsWith("/results/"))) {
            target.append(" -> ").append(created);
        }
        return target.toString();
    }

    /** The outcome in a word, with the status the caller got. */
    static String outcome(int status) {
        String word;
        if (status < 400) {
            word = "success";
        } else if (status == 401 || status == 403 || status == 404 || status == 429) {
            word = "refused";
        } else if (status < 500) {
            word = "invalid";
        } else {
            word = "error";
        }
        return word + " (" + status + ")";
    }

    /**
     * A parameter of the query string, or of a form (only an urlencoded one: asking the container for the
     * parameters of another body would make it parse that body, e.g. a multipart one the API refuses).
     */
    private static String parameter(HttpServletRequest request, String name) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return request.getParameter(name);
        }
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                return equals < 0 ? "" : decode(pair.substring(equals + 1).replace('+', ' '));
            }
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        return decode(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static String decode(String text) {
        try {
            return UriUtils.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * The answer held until its entry is written; a redirect too (as a status and Location header), which the
     * servlet container would otherwise send at once.
     */
    private static final class HeldResponse extends ContentCachingResponseWrapper {
        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            resetBuffer();
            setStatus(HttpServletResponse.SC_FOUND);
            setHeader("Location", location);
        }
    }
}

package org.ismsassessor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/**
 * Error answers written straight to the response, where no controller advice applies (security filters, the
 * error page): RFC 9457 problem details for the API, a plain page for the pages. Whatever the request's Accept
 * header, an error body is one of these two.
 */
public final class ErrorResponses {
    /** What a database failure says, everywhere. */
    public static final String DATABASE_UNAVAILABLE = "The database cannot be reached now. Try again.";

    private ErrorResponses() {
    }

    /** True for the API's paths, whose errors are problem details. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }

    /** A problem detail or a page, as the request's path calls for; Retry-After when retryAfterSeconds > 0. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail, long retryAfterSeconds) throws IOException {
        if (isApi(request)) {
            problem(response, status, title, detail, retryAfterSeconds);
        } else {
            page(response, status, title, detail, retryAfterSeconds);
        }
    }

    /** Writes an RFC 9457 problem details body. */
    public static void problem(HttpServletResponse response, int status, String title, String detail,
            long retryAfterSeconds) throws IOException {
        prepare(response, status, retryAfterSeconds);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\"}");
    }

    /** Writes a page a person can read, with the way back. */
    public static void page(HttpServletResponse response, int status, String title, String detail,
            long retryAfterSeconds) throws IOException {
        prepare(response, status, retryAfterSeconds);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>"
                + HtmlUtils.htmlEscape(title) + " - ISMS assessor</title></head><body style=\"font-family: sans-serif; "
                + "max-width: 800px; margin: 40px auto;\"><h1>" + status + " " + HtmlUtils.htmlEscape(title)
                + "</h1><p id=\"problem-detail\">" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">Back to your "
                + "clients</a></p></body></html>");
    }

    private static void prepare(HttpServletResponse response, int status, long retryAfterSeconds) {
        response.resetBuffer();
        response.setStatus(status);
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

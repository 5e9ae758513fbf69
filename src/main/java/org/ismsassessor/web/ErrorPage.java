package org.ismsassessor.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page (an error no advice answered: a filter failing, a request refused by the
 * security chain with sendError): problem details for the API, a plain page otherwise, never Spring Boot's
 * error JSON or a stack trace. Replaces Spring Boot's error controller.
 */
@Controller
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, /error is no page.
        int status = code instanceof Integer c ? c : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        boolean api = path.startsWith("/api/") || path.startsWith("/v3/api-docs");
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        long retryAfter = 0;
        String detail;
        if (exception instanceof Throwable t && OutageAnswers.isDatabaseFailure(t)) {
            status = 503;
            retryAfter = Problem.DEFAULT_RETRY_AFTER_SECONDS;
            detail = ErrorResponses.DATABASE_UNAVAILABLE;
        } else {
            detail = switch (status) {
                case 400 -> "The request cannot be read.";
                case 401 -> "Sign in first.";
                case 403 -> "This request is not allowed (a page form needs its CSRF token).";
                case 404 -> api ? "No such endpoint: see /v3/api-docs." : "There is no page at this address.";
                case 405 -> "This address does not take this method.";
                case 413 -> "The request is too large.";
                case 503 -> ErrorResponses.DATABASE_UNAVAILABLE;
                default -> status >= 500 ? "The service failed to answer this request." : "The request cannot be answered.";
            };
            if (status == 503) {
                retryAfter = Problem.DEFAULT_RETRY_AFTER_SECONDS;
            }
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        if (api) {
            ErrorResponses.problem(response, status, title, detail, retryAfter);
        } else {
            ErrorResponses.page(response, status, title, detail, retryAfter);
        }
    }
}

package org.ismsassessor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors no controller's own advice answered, most before any controller was chosen (an unknown address, a
 * media type no endpoint takes or gives, a multipart body that does not parse): problem details for the API, a
 * page for the pages, so that every error body is the service's own. After the API's and the pages' advice,
 * before Spring Boot's.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestProblems {
    private static final Log LOG = LogFactory.getLog(RequestProblems.class);

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        if (ErrorResponses.isApi(request) && !takesMultipart(request) && e.getContentType() != null && "multipart".equals(e.getContentType().getType())) {
            return multipart(new MultipartException("not taken"), request, response);
        }
        return answer(request, response, 415, "Unsupported media type", "The request body's media type ("
                + (e.getContentType() == null ? "none" : e.getContentType()) + ") is not one this endpoint takes"
                + (e.getSupportedMediaTypes().isEmpty() ? "." : ": send " + e.getSupportedMediaTypes() + "."), Map.of());
    }

    /** A multipart body without its boundary, or broken: the API takes none; a page's upload is bad input. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        if (ErrorResponses.isApi(request) && !takesMultipart(request)) {
            return answer(request, response, 415, "Unsupported media type", "The API takes no multipart/form-data: send the "
                    + "snapshot as application/json.", Map.of());
        }
        return answer(request, response, 400, "Bad input", "The upload is not a well-formed multipart/form-data form.", Map.of());
    }

    /** The one API endpoint that takes a form upload: an XLSX report's tracking columns (issue #22). */
    private static boolean takesMultipart(HttpServletRequest request) {
        return request.getRequestURI().endsWith("/actions/xlsx");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 406, "Not acceptable", "The Accept header (" + request.getHeader(HttpHeaders.ACCEPT)
                + ") allows none of the media types this endpoint answers with"
                + (e.getSupportedMediaTypes().isEmpty() ? "." : ": " + e.getSupportedMediaTypes() + "."), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, 404, "Not found", ErrorResponses.isApi(request) ? "No such endpoint: see /v3/api-docs."
                : "There is no page at this address.", Map.of());
    }

    /** The database unreachable: retryable. */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class, org.ismsassessor.store.StoreException.class})
    ModelAndView database(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        LOG.warn("The database failed: " + e.getMessage());
        return answer(request, response, 503, "Service unavailable", ErrorResponses.DATABASE_UNAVAILABLE,
                Map.of("Retry-After", Long.toString(Problem.DEFAULT_RETRY_AFTER_SECONDS)));
    }

    @ExceptionHandler(Problem.class)
    ModelAndView problem(Problem problem, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, problem.status(), problem.title(), problem.getMessage(), problem.retryAfterSeconds() > 0
                ? Map.of("Retry-After", Long.toString(problem.retryAfterSeconds())) : Map.of());
    }

    /** Spring's own request errors (a method not allowed, a parameter missing, ...), with their status. */
    @ExceptionHandler({jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class})
    ModelAndView springError(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (!(e instanceof ErrorResponse error)) {
            return unexpected(e, request, response);
        }
        int status = error.getStatusCode().value();
        HttpStatus known = HttpStatus.resolve(status);
        String detail = error.getBody().getDetail() == null ? "The request cannot be answered." : error.getBody().getDetail();
        Map<String, String> headers = new java.util.HashMap<>();
        error.getHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        return answer(request, response, status, known == null ? "Error" : known.getReasonPhrase(), detail, headers);
    }

    /** Anything else is a bug: logged, and answered without a stack trace. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("Unexpected error answering " + request.getMethod() + " " + request.getRequestURI(), e);
        return answer(request, response, 500, "Internal server error", "The service failed to answer this request.", Map.of());
    }

    private static ModelAndView answer(HttpServletRequest request, HttpServletResponse response, int status,
            String title, String detail, Map<String, String> headers) {
        headers.forEach(response::setHeader);
        if (ErrorResponses.isApi(request)) {
            View problem = (model, req, res) -> ErrorResponses.problem(res, status, title, detail, 0);
            return new ModelAndView(problem);
        }
        ModelAndView page = new ModelAndView("pages/problem", HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("errors", List.of());
        return page;
    }
}

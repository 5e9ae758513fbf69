package org.ismsassessor.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.store.StoreException;
import org.ismsassessor.web.DatabaseErrors;
import org.ismsassessor.web.Problem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 9457 problem details ({@code application/problem+json}); bad input lists each error
 * with its JSON path in {@code errors}. No stack trace ever reaches the client.
 */
@RestControllerAdvice(basePackages = "org.ismsassessor.web.api")
// Before Spring Boot's own problem details handler (order 0), which would answer these exceptions without the
// errors and their paths.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem problem) {
        ResponseEntity<ProblemDetail> answer = answer(problem.status(), problem.title(), problem.getMessage(),
                problem.errors());
        if (problem.retryAfterSeconds() > 0) {
            // 503, and 429 (the assessment queue full): when to try again.
            return ResponseEntity.status(problem.status())
                    .header("Retry-After", Long.toString(problem.retryAfterSeconds()))
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
        }
        return problem.status() == 503 ? retryLater(answer) : answer;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return answer(400, "Bad input", "The request body is not the JSON expected.",
                List.of(new InputError("$", "a JSON object as described in the API's OpenAPI description")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return answer(400, "Bad input", "A query parameter is missing.",
                List.of(new InputError("parameter " + e.getParameterName(), "required")));
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        return answer(400, "Bad input", "A part of the multipart form is missing.",
                List.of(new InputError("part " + e.getRequestPartName(), "required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another value"
                : e.getRequiredType() == java.time.LocalDate.class ? "a date YYYY-MM-DD"
                : e.getRequiredType().isEnum() ? "one of " + List.of(e.getRequiredType().getEnumConstants()).toString().toLowerCase()
                : "a " + e.getRequiredType().getSimpleName();
        return answer(400, "Bad input", "A parameter has a value of the wrong kind.",
                List.of(new InputError("parameter " + e.getName(), "expected " + expected)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(415, "Unsupported media type", "Send the snapshot as application/json, or as an ISMS workbook ("
                + AssessmentsController.XLSX + ").", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return answer(405, "Method not allowed", e.getMessage(), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return answer(404, "Not found", "No such endpoint: see /v3/api-docs.", List.of());
    }

    /**
     * A database failure. A value it cannot hold is bad input, and a constraint it enforces (a duplicate, a
     * reference to a missing row) a conflict with what is stored: the same request fails again, so neither is
     * "try again". Anything else (the database down, a timeout, a transaction that cannot begin, commit or roll
     * back: a TransactionException, not a DataAccessException) is retryable.
     */
    @ExceptionHandler({DataAccessException.class, StoreException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> database(RuntimeException e) {
        if (DatabaseErrors.isDataException(e)) {
            return answer(400, "Bad input", "The database cannot hold a value of the request (too long or out of "
                    + "range).", List.of(new InputError("$", "a value longer or larger than the service stores")));
        }
        if (DatabaseErrors.isConstraintViolation(e)) {
            return answer(409, "Conflict", CONFLICT, List.of());
        }
        return retryLater(answer(503, "Service unavailable", UNAVAILABLE, List.of()));
    }

    static final String CONFLICT = "The request conflicts with what is stored: the database refused it as a "
            + "duplicate or as referring to a missing row. Sending it again unchanged will not help.";
    /** Not "nothing was saved": a commit that failed may have happened all the same. */
    static final String UNAVAILABLE = "The database cannot be reached now. Try again.";

    /** Every 503 says when to try again. */
    private static ResponseEntity<ProblemDetail> retryLater(ResponseEntity<ProblemDetail> answer) {
        return ResponseEntity.status(503).header("Retry-After", "5")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    static ResponseEntity<ProblemDetail> answer(int status, String title, String detail, List<InputError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors.stream()
                    .map(e -> {
                        Map<String, String> error = new java.util.LinkedHashMap<>();
                        error.put("path", e.path());
                        error.put("message", e.message());
                        return error;
                    }).toList());
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}

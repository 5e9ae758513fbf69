package org.ismsassessor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused page request shows a page with the service's bar, the status and what went wrong; never a stack
 * trace.
 */
@ControllerAdvice(basePackages = "org.ismsassessor.web.pages")
// Before the service-wide advice (RequestProblems) and Spring Boot's: a page's errors keep the bar.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class PageProblems {
    private final Callers callers;
    private final Chrome chrome;

    PageProblems(Callers callers, Chrome chrome) {
        this.callers = callers;
        this.chrome = chrome;
    }

    @ExceptionHandler(Problem.class)
    ModelAndView problem(Problem problem, HttpServletRequest request, HttpServletResponse response) {
        if (problem.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
        return page(problem, request);
    }

    /** The database unreachable: 503 with Retry-After, never a sign-in page or a bare 500. */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class, org.ismsassessor.store.StoreException.class})
    ModelAndView database(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        return problem(Problem.unavailable(org.ismsassessor.web.ErrorResponses.DATABASE_UNAVAILABLE), request, response);
    }

    /** A page address without a parameter it needs, e.g. /compare without from and to. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return page(Problem.badInput("The address lacks a parameter.", List.of(new InputError(
                "parameter " + e.getParameterName(), "required"))), request);
    }

    /** An upload without its file. */
    @ExceptionHandler(MissingServletRequestPartException.class)
    ModelAndView missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return page(Problem.badInput("The form lacks a file.", List.of(new InputError(
                "part " + e.getRequestPartName(), "required: choose a snapshot file"))), request);
    }

    /** A parameter that does not read, e.g. a date that is not yyyy-mm-dd. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return page(Problem.badInput("The address has a parameter that does not read.", List.of(new InputError(
                "parameter " + e.getName(), "not a valid value"))), request);
    }

    private ModelAndView page(Problem problem, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("pages/problem", HttpStatus.valueOf(problem.status()));
        if (problem.status() != 503) {
            // The bar reads the account from the database, which a 503 may be about.
            page.addAllObjects(chrome.barModel(callers.current(), request));
        }
        page.addObject("status", problem.status());
        page.addObject("title", problem.title());
        page.addObject("detail", problem.getMessage());
        page.addObject("errors", problem.errors());
        return page;
    }
}

package org.ismsassessor.web.pages;

import org.ismsassessor.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused page request shows a plain page with the status and what went wrong; never a stack trace. */
@ControllerAdvice(basePackages = "org.ismsassessor.web.pages")
class PageProblems {

    @ExceptionHandler(Problem.class)
    ModelAndView problem(Problem problem) {
        ModelAndView page = new ModelAndView("pages/problem", HttpStatus.valueOf(problem.status()));
        page.addObject("status", problem.status());
        page.addObject("title", problem.title());
        page.addObject("detail", problem.getMessage());
        page.addObject("errors", problem.errors());
        return page;
    }
}

package org.ismsassessor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.report.ComparisonFormat;
import org.ismsassessor.report.HistoryReport;
import org.ismsassessor.report.HtmlReport;
import org.ismsassessor.report.PortfolioReport;
import org.ismsassessor.report.ReportFormat;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Caller;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.results.AssessmentService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The web pages. Every read goes through the same service as the API, so the same grants apply. */
@Controller
class PagesController {
    private static final List<String> DOWNLOADS = List.of("pdf", "xlsx", "json", "md", "oscal", "text");

    private final AssessmentService service;
    private final Callers callers;
    private final Chrome chrome;
    private final Clock clock;

    PagesController(AssessmentService service, Callers callers, Chrome chrome, Clock clock) {
        this.service = service;
        this.callers = callers;
        this.chrome = chrome;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login() {
        return "pages/login";
    }

    @GetMapping("/")
    String home(Model model, HttpServletRequest request) {
        Caller caller = callers.current();
        model.addAllAttributes(chrome.barModel(caller, request));
        model.addAttribute("clients", service.clients(caller));
        Map<String, AssessmentSummary> latest = new HashMap<>();
        service.clients(caller).forEach(c -> {
            List<AssessmentSummary> history = service.history(caller, c.id());
            if (!history.isEmpty()) {
                latest.put(c.id(), history.get(history.size() - 1));
            }
        });
        model.addAttribute("latest", latest);
        model.addAttribute("maySubmit", caller.role().maySubmit());
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("problem")) {
            model.addAttribute("problem", null);
            model.addAttribute("errors", List.of());
        }
        return "pages/home";
    }

    @PostMapping("/assessments")
    ModelAndView upload(@RequestParam("snapshot") MultipartFile snapshot,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model, HttpServletRequest request) throws IOException {
        try {
            var submitted = service.submit(callers.current(), snapshot.getBytes(), date);
            return new ModelAndView("redirect:/results/" + submitted.stored().id());
        } catch (Problem problem) {
            if (problem.status() != 400 && problem.status() != 403) {
                throw problem;
            }
            // Back to the form with every error and its JSON path, and the status an API caller would get.
            model.addAttribute("problem", problem.getMessage());
            model.addAttribute("errors", problem.errors());
            return new ModelAndView(home(model, request), model.asMap(), HttpStatus.valueOf(problem.status()));
        }
    }

    @GetMapping(path = "/results/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> result(@PathVariable String id, HttpServletRequest request) {
        Caller caller = callers.current();
        AssessmentResult result = service.result(caller, id);
        Map<String, Object> model = new HashMap<>(chrome.barModel(caller, request));
        model.put("formats", DOWNLOADS);
        model.put("resultId", id);
        model.put("client", result.snapshot().organizationId());
        return html(chrome.wrap(HtmlReport.write(result, service.catalogue()), model, "downloads"));
    }

    @GetMapping("/results/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable String id, @RequestParam String format) {
        AssessmentResult result = service.result(callers.current(), id);
        ReportFormat chosen;
        try {
            chosen = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("Unknown format.", List.of(new InputError("parameter format",
                    "expected one of " + DOWNLOADS)));
        }
        String file = (result.snapshot().organizationId() == null ? "assessment" : result.snapshot().organizationId())
                .replaceAll("[^A-Za-z0-9._-]", "_") + "-" + result.assessmentDate() + "." + chosen.extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(chosen.render(result, service.catalogue()));
    }

    @GetMapping(path = "/clients/{client}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> client(@PathVariable String client, HttpServletRequest request) {
        Caller caller = callers.current();
        var found = service.client(caller, client);
        Map<String, Object> model = new HashMap<>(chrome.barModel(caller, request));
        model.put("results", service.results(caller, client));
        return html(chrome.wrap(HistoryReport.html(found, service.history(caller, client)), model, "results"));
    }

    @GetMapping(path = "/compare", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> compare(@RequestParam String from, @RequestParam String to, HttpServletRequest request) {
        Caller caller = callers.current();
        var comparison = service.compare(caller, from, to);
        String document = new String(ComparisonFormat.HTML.render(comparison), java.nio.charset.StandardCharsets.UTF_8);
        return html(chrome.wrap(document, chrome.barModel(caller, request)));
    }

    @GetMapping("/portfolio")
    String portfolio(Model model, HttpServletRequest request) {
        Caller caller = callers.current();
        model.addAllAttributes(chrome.barModel(caller, request));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("lines", PortfolioReport.lines(service.portfolio(caller), today));
        return "pages/portfolio";
    }

    private static ResponseEntity<String> html(String document) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(document);
    }
}

package org.ismsassessor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.ismsassessor.web.decisions.DecisionService;
import org.ismsassessor.web.tracking.TrackingService;
import org.ismsassessor.web.results.AssessmentService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** The web pages. Every read goes through the same service as the API, so the same grants apply. */
@Controller
class PagesController {
    /** A result's report formats offered for download, with the label of each link. */
    private static final Map<String, String> DOWNLOADS = orderedMap("pdf", "PDF", "xlsx", "Excel", "html", "HTML",
            "md", "Markdown", "json", "JSON", "oscal", "OSCAL", "text", "Text");
    /** A comparison's formats offered for download. */
    private static final Map<String, String> COMPARISON_DOWNLOADS = orderedMap("md", "Markdown", "json", "JSON",
            "text", "Text", "html", "HTML");

    private final AssessmentService service;
    private final Callers callers;
    private final Chrome chrome;
    private final Clock clock;
    private final DecisionService decisions;
    private final TrackingService tracking;

    PagesController(AssessmentService service, Callers callers, Chrome chrome, Clock clock, DecisionService decisions,
            TrackingService tracking) {
        this.service = service;
        this.callers = callers;
        this.chrome = chrome;
        this.clock = clock;
        this.decisions = decisions;
        this.tracking = tracking;
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
        service.latest(caller).forEach(a -> latest.put(a.client().id(), a));
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
            Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Caller caller = callers.current();
            var submitted = service.submit(caller, snapshot.getBytes(), date);
            tracking.reconcile(caller.username(), submitted.result());
            return new ModelAndView("redirect:/results/" + submitted.stored().id());
        } catch (Problem problem) {
            if (problem.status() < 400 || problem.status() >= 500) {
                throw problem;
            }
            // Back to the form with every error and its JSON path, and the status an API caller would get.
            if (problem.retryAfterSeconds() > 0) {
                response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
            }
            model.addAttribute("problem", problem.getMessage());
            model.addAttribute("errors", problem.errors());
            model.addAttribute("date", date);
            return new ModelAndView(home(model, request), model.asMap(), HttpStatus.valueOf(problem.status()));
        }
    }

    @GetMapping(path = "/results/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> result(@PathVariable String id,
            @RequestParam(required = false) Integer applied, @RequestParam(required = false) List<String> unknown,
            HttpServletRequest request, HttpServletResponse response) {
        Caller caller = callers.current();
        AssessmentResult result = decisions.applied(service.result(caller, id));
        Map<String, Object> model = new HashMap<>(chrome.barModel(caller, request));
        model.put("formats", DOWNLOADS);
        model.put("resultId", id);
        String client = result.snapshot().organizationId();
        model.put("client", client);
        model.put("mayWrite", caller.role().maySubmit());
        model.put("tracking", tracking.list(caller, client, id, result));
        model.put("statuses", org.ismsassessor.tracking.ActionStatus.values());
        model.put("uploaded", applied);
        model.put("unknown", unknown == null ? List.of() : unknown);
        String page = chrome.wrap(HtmlReport.write(result, service.catalogue()), model, request, response,
                Chrome.Insert.atTop("downloads"), Chrome.Insert.before("<h2 id=\"findings\"", "tracking"));
        if (caller.role().maySubmit()) {
            page = DecisionForms.under(page, chrome.fragment("decision-form", model, request, response));
        }
        return html(page);
    }

    @GetMapping("/results/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable String id, @RequestParam String format) {
        AssessmentResult result = decisions.applied(service.result(callers.current(), id));
        ReportFormat chosen;
        try {
            chosen = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("Unknown format.", List.of(new InputError("parameter format",
                    "expected one of " + DOWNLOADS.keySet())));
        }
        String file = fileName(result.snapshot().organizationId()) + "-" + result.assessmentDate() + "."
                + chosen.extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(chosen == ReportFormat.XLSX
                        // The working document carries the client's remediation tracking, to be uploaded back.
                        ? org.ismsassessor.report.SpreadsheetReport.write(result, service.catalogue(),
                                tracking.spreadsheetColumns(result.snapshot().organizationId()))
                        : chosen.render(result, service.catalogue()));
    }

    @GetMapping(path = "/clients/{client}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> client(@PathVariable String client, HttpServletRequest request,
            HttpServletResponse response) {
        Caller caller = callers.current();
        var found = service.client(caller, client);
        Map<String, Object> model = new HashMap<>(chrome.barModel(caller, request));
        model.put("results", service.results(caller, client));
        model.put("overdue", tracking.list(caller, client, true));
        // The results to compare go under the trend chart, before the table of assessments per day.
        return html(chrome.wrap(HistoryReport.html(found, service.history(caller, client)), model, request, response,
                Chrome.Insert.before("<h2 id=\"assessments\"", "results"),
                Chrome.Insert.before("<h2 id=\"assessments\"", "overdue")));
    }

    @GetMapping(path = "/compare", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> compare(@RequestParam String from, @RequestParam String to, HttpServletRequest request,
            HttpServletResponse response) {
        Caller caller = callers.current();
        var comparison = service.compare(caller, from, to);
        String document = new String(ComparisonFormat.HTML.render(comparison), StandardCharsets.UTF_8);
        Map<String, Object> model = new HashMap<>(chrome.barModel(caller, request));
        model.put("from", from);
        model.put("to", to);
        model.put("comparison", comparison);
        model.put("formats", COMPARISON_DOWNLOADS);
        return html(chrome.wrap(document, model, request, response, Chrome.Insert.atTop("comparison-links")));
    }

    @GetMapping("/compare/download")
    ResponseEntity<byte[]> compareDownload(@RequestParam String from, @RequestParam String to,
            @RequestParam String format) {
        var comparison = service.compare(callers.current(), from, to);
        ComparisonFormat chosen;
        try {
            chosen = ComparisonFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("Unknown format.", List.of(new InputError("parameter format",
                    "expected one of " + COMPARISON_DOWNLOADS.keySet())));
        }
        String file = fileName(comparison.later().organizationId()) + "-" + comparison.earlier().assessmentDate()
                + "-to-" + comparison.later().assessmentDate() + "." + chosen.extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"comparison-" + file + "\"")
                .body(chosen.render(comparison));
    }

    @GetMapping("/portfolio")
    String portfolio(Model model, HttpServletRequest request) {
        Caller caller = callers.current();
        model.addAllAttributes(chrome.barModel(caller, request));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("lines", PortfolioReport.lines(service.portfolio(caller), today, tracking.overdueByClient()));
        return "pages/portfolio";
    }

    private static ResponseEntity<String> html(String document) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(document);
    }

    /** A client id as a safe file name stem. */
    private static String fileName(String client) {
        return (client == null ? "assessment" : client).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}

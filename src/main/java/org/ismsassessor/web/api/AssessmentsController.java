package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.report.ReportFormat;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.decisions.DecisionService;
import org.ismsassessor.web.tracking.TrackingService;
import org.ismsassessor.web.results.AssessmentService;
import org.ismsassessor.web.results.StoredResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Submitting snapshots, reading results in every report format, validating snapshots. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Assessments", description = "Submit snapshots, read results in any report format, validate snapshots")
class AssessmentsController {
    private final AssessmentService service;
    private final Callers callers;
    private final DecisionService decisions;
    private final TrackingService tracking;

    AssessmentsController(AssessmentService service, Callers callers, DecisionService decisions,
            TrackingService tracking) {
        this.service = service;
        this.callers = callers;
        this.decisions = decisions;
        this.tracking = tracking;
    }

    /** What a submission answers with when no report format is asked for. */
    record Submission(String id, String client, LocalDate assessedOn, String verdict, double overall,
            Map<String, Integer> findings, Map<String, String> links) {
    }

    /** An ISMS workbook, accepted wherever a snapshot is. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @PostMapping(path = "/assessments", consumes = {MediaType.APPLICATION_JSON_VALUE, XLSX})
    @Operation(summary = "Assess a snapshot and store the result under its client (the organization id)",
            description = "Answers 201 with the result's id and summary, or the full result in the format asked for "
                    + "(format parameter or Accept header: json, html, pdf, xlsx, md, text, oscal). The snapshot is JSON or an "
                    + "ISMS workbook (.xlsx, whose errors name sheets and cells). Consultants and "
                    + "admins only; the snapshot's client must be granted to the caller.")
    ResponseEntity<?> submit(@RequestBody byte[] snapshot,
            @Parameter(description = "assessment date (default: today)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "report format of the answer instead of the summary") @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        // The answer's representation is chosen first, so an unknown format stores nothing.
        ReportFormat chosen = Formats.choose(ReportFormat.class, format, accept, null, ReportFormat::mediaType);
        var caller = callers.current();
        AssessmentService.Submitted submitted = service.submit(caller, snapshot, date);
        tracking.reconcile(caller.username(), submitted.result());
        URI location = URI.create("/api/v1/results/" + submitted.stored().id());
        if (chosen == null || chosen == ReportFormat.JSON && (format == null || format.isBlank())) {
            return ResponseEntity.created(location).contentType(MediaType.APPLICATION_JSON)
                    .body(submission(submitted.stored()));
        }
        return report(ResponseEntity.created(location), decisions.applied(submitted.result()), chosen);
    }

    @GetMapping("/results/{id}")
    @Operation(summary = "A stored result in a report format (format parameter or Accept header; default json)")
    ResponseEntity<byte[]> result(@PathVariable String id, @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        AssessmentResult result = decisions.applied(service.result(callers.current(), id));
        return report(ResponseEntity.ok(), result,
                Formats.choose(ReportFormat.class, format, accept, ReportFormat.JSON, ReportFormat::mediaType));
    }

    @GetMapping(path = "/results/{id}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A stored result's id, client, date, verdict and counts")
    Submission summary(@PathVariable String id) {
        return submission(service.find(callers.current(), id));
    }

    @GetMapping(path = "/results/{id}/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The snapshot exactly as it was submitted")
    ResponseEntity<byte[]> snapshot(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(service.snapshot(callers.current(), id));
    }

    @GetMapping(path = "/clients/{client}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A client's stored results, newest first")
    List<StoredResult> results(@PathVariable String client) {
        return service.results(callers.current(), client);
    }

    /** The answer of a validation. */
    record Validation(boolean valid) {
    }

    @PostMapping(path = "/validations", consumes = {MediaType.APPLICATION_JSON_VALUE, XLSX},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a snapshot without assessing it",
            description = "200 {valid: true}, or 400 problem details listing every error with its JSON path.")
    Validation validate(@RequestBody byte[] snapshot) {
        var errors = service.validate(callers.current(), snapshot);
        if (!errors.isEmpty()) {
            throw org.ismsassessor.web.Problem.badInput("The snapshot is not valid.", errors);
        }
        return new Validation(true);
    }

    private ResponseEntity<byte[]> report(ResponseEntity.BodyBuilder builder, AssessmentResult result,
            ReportFormat chosen) {
        builder.contentType(MediaType.parseMediaType(chosen.mediaType()));
        if (!chosen.isText()) {
            builder.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                    + fileStem(result) + "." + chosen.extension() + "\"");
        }
        if (chosen == ReportFormat.XLSX) {
            // The working document carries the client's remediation tracking, so that it can be uploaded back.
            return builder.body(org.ismsassessor.report.SpreadsheetReport.write(result, service.catalogue(),
                    tracking.spreadsheetColumns(result.snapshot().organizationId())));
        }
        return builder.body(chosen.render(result, service.catalogue()));
    }

    private static String fileStem(AssessmentResult result) {
        String client = result.snapshot().organizationId() == null ? "assessment" : result.snapshot().organizationId();
        return client.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + result.assessmentDate();
    }

    static Submission submission(StoredResult r) {
        String self = "/api/v1/results/" + r.id();
        // The verdict in the words of the reports and the result lists (e.g. not-ready).
        String verdict = r.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new Submission(r.id(), r.client(), r.assessedOn(), verdict, r.overall(),
                new java.util.TreeMap<>(Map.of("major", r.majors(), "minor", r.minors(), "gap", r.gaps(),
                        "observation", r.observations())),
                new java.util.TreeMap<>(Map.of("self", self, "html", self + "?format=html", "pdf", self + "?format=pdf",
                        "xlsx", self + "?format=xlsx", "page", "/results/" + r.id())));
    }
}

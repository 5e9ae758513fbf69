package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ismsassessor.report.ComparisonFormat;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.results.AssessmentService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comparing two stored results. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Comparisons", description = "Compare two stored results")
class ComparisonsController {
    private final AssessmentService service;
    private final Callers callers;

    ComparisonsController(AssessmentService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @GetMapping("/comparisons")
    @Operation(summary = "Compare two stored results: resolved, new, persisting and changed findings, readiness "
            + "deltas, SoA changes and regressions (json, md, html, text); scores only across clients")
    ResponseEntity<byte[]> compare(@RequestParam String from, @RequestParam String to,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var comparison = service.compare(callers.current(), from, to);
        ComparisonFormat chosen = Formats.choose(ComparisonFormat.class, format, accept, ComparisonFormat.JSON,
                ComparisonFormat::mediaType);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.mediaType())).body(chosen.render(comparison));
    }
}

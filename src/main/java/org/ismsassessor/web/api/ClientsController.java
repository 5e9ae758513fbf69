package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.ismsassessor.report.HistoryReport;
import org.ismsassessor.report.PortfolioReport;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.results.AssessmentService;
import org.ismsassessor.web.results.ClientService;
import org.ismsassessor.web.tracking.TrackingService;
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

/** Clients, their history per day and the portfolio of every client's latest assessment. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clients", description = "Clients, their history and the portfolio")
class ClientsController {
    /** The representations of a history or portfolio. */
    enum ListingFormat {
        JSON("application/json"), TEXT("text/plain;charset=UTF-8"), HTML("text/html;charset=UTF-8");

        final String mediaType;

        ListingFormat(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private final AssessmentService service;
    private final ClientService clients;
    private final Callers callers;
    private final Clock clock;
    private final TrackingService tracking;

    ClientsController(AssessmentService service, ClientService clients, Callers callers, Clock clock,
            TrackingService tracking) {
        this.service = service;
        this.clients = clients;
        this.callers = callers;
        this.clock = clock;
        this.tracking = tracking;
    }

    @GetMapping(path = "/clients", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The clients you are granted (every client for an admin)")
    List<Client> clients() {
        return service.clients(callers.current());
    }

    /** A client to create. */
    record NewClient(String id, String name) {
    }

    @PostMapping(path = "/clients", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a client (admin), so it can be granted before its first assessment")
    ResponseEntity<Client> create(@RequestBody NewClient client) {
        if (client == null || client.id() == null || client.id().isBlank()) {
            throw Problem.badInput("A client needs an id.", List.of(new org.ismsassessor.snapshot.InputError("$.id",
                    "required: the organization id its snapshots carry in $.organization.id")));
        }
        Client created = clients.create(callers.current(), client.id().trim(), client.name());
        return ResponseEntity.created(java.net.URI.create("/api/v1/clients/" + created.id())).body(created);
    }

    @GetMapping(path = "/clients/{client}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One client")
    Client client(@PathVariable String client) {
        return service.client(callers.current(), client);
    }

    @GetMapping("/clients/{client}/history")
    @Operation(summary = "A client's assessments per day, oldest first, with scores (json, text, or html with a trend chart)")
    ResponseEntity<?> history(@PathVariable String client, @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var caller = callers.current();
        Client found = service.client(caller, client);
        List<AssessmentSummary> history = service.history(caller, client);
        ListingFormat chosen = Formats.choose(ListingFormat.class, format, accept, ListingFormat.JSON, f -> f.mediaType);
        return switch (chosen) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(history);
            case TEXT -> text(chosen, HistoryReport.text(found, history));
            case HTML -> text(chosen, HistoryReport.html(found, history));
        };
    }

    @GetMapping("/portfolio")
    @Operation(summary = "The latest assessment of every client you are granted, with its overdue tracked actions "
            + "(json or text)")
    ResponseEntity<?> portfolio(@RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<AssessmentSummary> latest = service.portfolio(callers.current());
        ListingFormat chosen = Formats.choose(ListingFormat.class, format, accept, ListingFormat.JSON, f -> f.mediaType);
        return switch (chosen) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(PortfolioReport.lines(latest, LocalDate.now(clock), tracking.overdueByClient()));
            case TEXT, HTML -> text(ListingFormat.TEXT, PortfolioReport.text(latest, LocalDate.now(clock)));
        };
    }

    private static ResponseEntity<byte[]> text(ListingFormat format, String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}

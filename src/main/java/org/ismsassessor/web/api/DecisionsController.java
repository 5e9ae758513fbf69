package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.decisions.DecisionService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Decisions on a client's findings: record, list with how each stands, withdraw. */
@RestController
@RequestMapping("/api/v1/clients/{client}/decisions")
@Tag(name = "Decisions", description = "False positives, deferrals and accepted risks recorded on a client's findings")
class DecisionsController {
    private final DecisionService decisions;
    private final Callers callers;

    DecisionsController(DecisionService decisions, Callers callers) {
        this.decisions = decisions;
        this.callers = callers;
    }

    /** The body of a decision, for the API description (the service reads and checks the JSON itself). */
    @Schema(description = "A decision on a finding of the client's latest assessment")
    record DecisionBody(
            @Schema(description = "the finding's stable id", requiredMode = Schema.RequiredMode.REQUIRED) String findingId,
            @Schema(description = "one item (subject id) of a grouped finding; absent for the whole finding") String subject,
            @Schema(allowableValues = {"false-positive", "deferred", "risk-accepted"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String justification,
            @Schema(description = "risk-accepted (Annex A findings only): the management approval it cites") String approval,
            @Schema(description = "deferred: when the finding is to be addressed (required)") LocalDate dueDate,
            @Schema(description = "the last assessment date it applies to: required, at most one year after today for "
                    + "false-positive and risk-accepted; for deferred the due date when absent") LocalDate expiresOn) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a decision on a finding (consultants and admins)",
            description = "The finding must be raised in the client's latest assessment; the decision keeps its facts "
                    + "and applies to later assessments while they are unchanged and it has not expired. decidedBy is "
                    + "the caller and decidedOn today. 400 names every field in error.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = DecisionBody.class))))
    ResponseEntity<DecisionService.ListedDecision> record(@PathVariable String client, @RequestBody JsonNode body) {
        DecisionService.ListedDecision recorded = decisions.record(callers.current(), client, body);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + recorded.client() + "/decisions/" + recorded.id()))
                .body(recorded);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The client's decisions, withdrawn ones included, each applied, lapsed (with why) or withdrawn "
            + "against the latest assessment")
    List<DecisionService.ListedDecision> list(@PathVariable String client) {
        return decisions.list(callers.current(), client);
    }

    @DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a decision (consultants and admins): it stays listed as withdrawn, never deleted")
    DecisionService.ListedDecision withdraw(@PathVariable String client, @PathVariable String id) {
        return decisions.withdraw(callers.current(), client, id);
    }
}

package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.tracking.TrackingService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** Remediation tracking of a client's action plan: per item, and from an XLSX report's tracking columns. */
@RestController
@RequestMapping("/api/v1/clients/{client}/actions")
@Tag(name = "Remediation tracking", description = "Assignee, due date, status and notes of each action-plan item")
class ActionsController {
    private final TrackingService tracking;
    private final Callers callers;

    ActionsController(TrackingService tracking, Callers callers) {
        this.tracking = tracking;
        this.callers = callers;
    }

    /** The body of a tracking update, for the API description (the service reads and checks the JSON itself). */
    record TrackingBody(
            @Schema(allowableValues = {"open", "in-progress", "done", "verified"}, description = "default open") String status,
            String assignee, LocalDate dueDate, String notes) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The action plan of the client's latest assessment with each item's tracking, then the "
            + "items tracked earlier whose finding is gone; overdue=true for the overdue ones only")
    List<TrackingService.ActionItem> list(@PathVariable String client,
            @Parameter(description = "only items still to do after their due date") @RequestParam(defaultValue = "false")
            boolean overdue) {
        return tracking.list(callers.current(), client, overdue);
    }

    @GetMapping(path = "/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One action-plan item (its key is the finding id) with its tracking")
    TrackingService.ActionItem get(@PathVariable String client, @PathVariable String key) {
        return tracking.get(callers.current(), client, key);
    }

    @PutMapping(path = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set an item's status, assignee, due date and notes (consultants and admins)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = TrackingBody.class))))
    TrackingService.ActionItem put(@PathVariable String client, @PathVariable String key, @RequestBody JsonNode body) {
        return tracking.put(callers.current(), client, key, body);
    }

    @PostMapping(path = "/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Apply the tracking columns of an XLSX report's action plan (multipart, field file)",
            description = "Reads Status, Assignee, Due date and Notes of every row of the Action plan sheet that has any "
                    + "of them and applies them, all or none: errors name the sheet and cell. Rows whose finding is no "
                    + "item of the client's action plan are listed in unknown, not applied. Consultants and admins.")
    TrackingService.TrackingUpload upload(@PathVariable String client, @RequestPart("file") MultipartFile file) {
        try {
            return tracking.upload(callers.current(), client, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/xlsx", consumes = AssessmentsController.XLSX, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The same, with the workbook as the request body")
    TrackingService.TrackingUpload uploadBody(@PathVariable String client, @RequestBody byte[] workbook) {
        if (workbook == null || workbook.length == 0) {
            throw Problem.badInput("No workbook.", List.of(new org.ismsassessor.snapshot.InputError("$",
                    "the body is empty: send the XLSX report")));
        }
        return tracking.upload(callers.current(), client, workbook);
    }
}

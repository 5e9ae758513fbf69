package org.ismsassessor.web.pages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ismsassessor.web.accounts.Caller;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.decisions.DecisionService;
import org.ismsassessor.web.results.AssessmentService;
import org.ismsassessor.web.tracking.TrackingService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report page's forms: a decision on a finding, an action-plan item's tracking, an XLSX report's tracking columns.
 * Each goes through the same service as the API (same checks, same roles); bad input shows the problem page with
 * every field in error, and success returns to the report.
 */
@Controller
class FollowUpPagesController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AssessmentService service;
    private final DecisionService decisions;
    private final TrackingService tracking;
    private final Callers callers;

    FollowUpPagesController(AssessmentService service, DecisionService decisions, TrackingService tracking,
            Callers callers) {
        this.service = service;
        this.decisions = decisions;
        this.tracking = tracking;
        this.callers = callers;
    }

    @PostMapping("/results/{id}/decisions")
    String decide(@PathVariable String id, @RequestParam Map<String, String> form) {
        Caller caller = callers.current();
        String client = service.find(caller, id).client();
        decisions.record(caller, client, fields(form, "findingId", "subject", "kind", "justification", "approval",
                "dueDate", "expiresOn"));
        return "redirect:/results/" + encode(id) + "#decisions";
    }

    @PostMapping("/clients/{client}/actions/{key}")
    String track(@PathVariable String client, @PathVariable String key, @RequestParam String result,
            @RequestParam Map<String, String> form) {
        tracking.put(callers.current(), client, key, fields(form, "status", "assignee", "dueDate", "notes"));
        return "redirect:/results/" + encode(result) + "#track-" + encode(key);
    }

    @PostMapping("/clients/{client}/actions/xlsx")
    String upload(@PathVariable String client, @RequestParam String result, @RequestParam("file") MultipartFile file)
            throws IOException {
        TrackingService.TrackingUpload upload = tracking.upload(callers.current(), client, file.getBytes());
        StringBuilder to = new StringBuilder("redirect:/results/").append(encode(result)).append("?applied=")
                .append(upload.applied());
        upload.unknown().forEach(u -> to.append("&unknown=").append(encode(u.cell() + ": " + u.key())));
        return to.append("#tracking").toString();
    }

    /** The form's fields as the API's JSON body; an empty field is left out, as a form cannot send "absent". */
    private static ObjectNode fields(Map<String, String> form, String... names) {
        ObjectNode body = JSON.createObjectNode();
        for (String name : names) {
            String value = form.get(name);
            if (value != null && !value.isBlank()) {
                body.put(name, value);
            }
        }
        return body;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

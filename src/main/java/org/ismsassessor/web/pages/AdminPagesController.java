package org.ismsassessor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.AccountService;
import org.ismsassessor.web.accounts.Caller;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.accounts.Role;
import org.ismsassessor.web.accounts.TokenStore;
import org.ismsassessor.web.audit.AuditQuery;
import org.ismsassessor.web.audit.AuditTrail;
import org.ismsassessor.web.results.AssessmentService;
import org.ismsassessor.web.results.ClientService;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages (users, clients, grants, the audit log; {@code /admin/**} is for admins, enforced by the security
 * chain) and one's own account (API tokens, password). Each form calls the same service as the API, so the same
 * rules and checks apply; a refusal is shown by {@link PageProblems} with its fields.
 */
@Controller
class AdminPagesController {
    private final AccountService accounts;
    private final ClientService clientService;
    private final AssessmentService assessments;
    private final TokenStore tokens;
    private final AuditTrail trail;
    private final Callers callers;
    private final Chrome chrome;
    private final Clock clock;

    AdminPagesController(AccountService accounts, ClientService clientService, AssessmentService assessments,
            TokenStore tokens, AuditTrail trail, Callers callers, Chrome chrome, Clock clock) {
        this.accounts = accounts;
        this.clientService = clientService;
        this.assessments = assessments;
        this.tokens = tokens;
        this.trail = trail;
        this.callers = callers;
        this.chrome = chrome;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String users(Model model, HttpServletRequest request) {
        Caller caller = bar(model, request);
        model.addAttribute("users", accounts.all());
        model.addAttribute("clients", assessments.clients(caller));
        model.addAttribute("roles", roles());
        return "pages/admin-users";
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
            @RequestParam(required = false) String role, @RequestParam(required = false) List<String> clients,
            RedirectAttributes done) {
        var created = accounts.create(username, password, AccountService.role(role, "$.role"),
                clients == null ? List.of() : clients);
        done.addFlashAttribute("done", "Created the user " + created.username() + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/role")
    String role(@PathVariable String username, @RequestParam(required = false) String role, RedirectAttributes done) {
        var changed = accounts.setRole(username, AccountService.role(role, "$.role"));
        done.addFlashAttribute("done", changed.username() + " is now " + label(changed.role()) + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam(required = false) String enabled,
            RedirectAttributes done) {
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            throw Problem.badInput("Say whether the user is enabled.", List.of(new InputError("$.enabled",
                    "required: true or false")));
        }
        var changed = accounts.setEnabled(username, Boolean.parseBoolean(enabled));
        done.addFlashAttribute("done", changed.username() + (changed.enabled() ? " is enabled again."
                : " is disabled; its API tokens are revoked."));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/grants")
    String grant(@PathVariable String username, @RequestParam(required = false) String client, RedirectAttributes done) {
        if (client == null || client.isBlank()) {
            throw Problem.badInput("Say which client to grant.", List.of(new InputError("client", "required")));
        }
        accounts.grant(username, client.strip());
        done.addFlashAttribute("done", username + " may now see " + client.strip() + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/grants/{client}/withdraw")
    String withdraw(@PathVariable String username, @PathVariable String client, RedirectAttributes done) {
        accounts.revoke(username, client);
        done.addFlashAttribute("done", username + " may no longer see " + client + ".");
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/clients")
    String clients(Model model, HttpServletRequest request) {
        Caller caller = bar(model, request);
        model.addAttribute("clients", assessments.clients(caller));
        return "pages/admin-clients";
    }

    @PostMapping("/admin/clients")
    String createClient(@RequestParam(required = false) String id, @RequestParam(required = false) String name,
            RedirectAttributes done) {
        if (id == null || id.isBlank()) {
            throw Problem.badInput("A client needs an id.", List.of(new InputError("$.id",
                    "required: the organization id its snapshots carry in $.organization.id")));
        }
        var created = clientService.create(callers.current(), id.strip(), name == null || name.isBlank() ? null : name.strip());
        done.addFlashAttribute("done", "Created the client " + created.id() + ".");
        return "redirect:/admin/clients";
    }

    @GetMapping("/admin/audit-log")
    String auditLog(@RequestParam(required = false) String client, @RequestParam(required = false) String user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String before, @RequestParam(required = false) String limit,
            Model model, HttpServletRequest request) {
        bar(model, request);
        AuditTrail.Filter filter = AuditQuery.parse(client, user, from, to, before, limit);
        model.addAttribute("page", trail.entries(filter));
        model.addAttribute("client", client == null ? "" : client);
        model.addAttribute("user", user == null ? "" : user);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("limit", filter.limit());
        return "pages/admin-audit-log";
    }

    @GetMapping("/account")
    String account(Model model, HttpServletRequest request) {
        Caller caller = bar(model, request);
        model.addAttribute("account", accounts.existing(caller.username()));
        model.addAttribute("tokens", tokens.of(caller.username()));
        if (!model.containsAttribute("newToken")) {
            model.addAttribute("newToken", null);
        }
        return "pages/account";
    }

    /** The new token is shown on this answer only (never stored in the clear, never cached). */
    @PostMapping("/account/tokens")
    String createToken(@RequestParam(required = false) String name, @RequestParam(required = false) String expiresOn,
            Model model, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        String chosen = name == null || name.isBlank() ? "api" : name.strip();
        List<InputError> errors = new java.util.ArrayList<>();
        if (chosen.length() > 200) {
            errors.add(new InputError("$.name", "at most 200 characters"));
        }
        java.time.Instant expires = null;
        if (expiresOn != null && !expiresOn.isBlank()) {
            try {
                expires = LocalDate.parse(expiresOn.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
                if (!expires.isAfter(clock.instant())) {
                    errors.add(new InputError("$.expiresOn", "must be in the future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new InputError("$.expiresOn", "expected a date, e.g. 2027-01-31"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.badInput("The token cannot be created.", errors);
        }
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        model.addAttribute("newToken", tokens.create(callers.current().username(), chosen, expires));
        return account(model, request);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable String id, RedirectAttributes done) {
        if (!tokens.delete(callers.current().username(), id)) {
            throw Problem.notFound("You have no token '" + id + "'.");
        }
        done.addFlashAttribute("done", "Revoked the token " + id + ".");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String password(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, RedirectAttributes done) {
        accounts.changePassword(callers.current().username(), currentPassword, newPassword);
        done.addFlashAttribute("done", "Your password is changed; your API tokens are revoked.");
        return "redirect:/account";
    }

    private Caller bar(Model model, HttpServletRequest request) {
        Caller caller = callers.current();
        model.addAllAttributes(chrome.barModel(caller, request));
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", null);
        }
        return caller;
    }

    private static List<String> roles() {
        return Arrays.stream(Role.values()).map(AdminPagesController::label).toList();
    }

    /** A role as the API and pages write it: admin, consultant, auditor, client_viewer. */
    static String label(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}

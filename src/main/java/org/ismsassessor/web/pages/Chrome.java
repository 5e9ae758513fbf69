package org.ismsassessor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.ismsassessor.web.accounts.Caller;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Puts the service's bar (and page-specific fragments) at the top of a complete HTML document rendered by the
 * report layer, so the pages show exactly the documents the command line writes.
 */
@Component
class Chrome {
    private final ITemplateEngine templates;

    Chrome(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The variables every page's bar needs. */
    Map<String, Object> barModel(Caller caller, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return Map.of("username", caller.username(), "role", caller.role().name().toLowerCase().replace('_', ' '),
                "showPortfolio", caller.role().seesPortfolio(), "csrf", csrf);
    }

    /** The document with the bar and the named fragments of pages/layout inserted right after its body tag. */
    String wrap(String document, Map<String, Object> model, String... fragments) {
        Context context = new Context();
        context.setVariables(model);
        StringBuilder inserted = new StringBuilder(templates.process("pages/layout", Set.of("bar"), context));
        for (String fragment : fragments) {
            inserted.append(templates.process("pages/layout", Set.of(fragment), context));
        }
        int body = document.indexOf("<body");
        int end = body < 0 ? -1 : document.indexOf('>', body);
        if (end < 0) {
            return inserted + document;
        }
        return document.substring(0, end + 1) + "\n" + inserted + document.substring(end + 1);
    }
}

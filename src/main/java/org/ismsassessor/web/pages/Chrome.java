package org.ismsassessor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.ismsassessor.web.ContentSecurityPolicy;
import org.ismsassessor.web.accounts.Caller;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

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
                "showPortfolio", caller.role().seesPortfolio(), "isAdmin", caller.isAdmin(), "csrf", csrf);
    }

    /** Where a fragment of pages/layout goes: at the top, under the bar, or right before a marker of the document. */
    record Insert(String fragment, String before) {
        static Insert atTop(String fragment) {
            return new Insert(fragment, null);
        }

        /** Before the first occurrence of {@code marker}; at the end of the body when the document has none. */
        static Insert before(String marker, String fragment) {
            return new Insert(fragment, marker);
        }
    }

    /**
     * The document with the bar right after its body tag and the fragments of pages/layout where they go. The
     * fragments are rendered in a web context, so their links ({@code @{...}}) resolve as on any other page.
     */
    String wrap(String document, Map<String, Object> model, HttpServletRequest request, HttpServletResponse response,
            Insert... inserts) {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), request.getLocale());
        context.setVariables(model);
        StringBuilder top = new StringBuilder(render("bar", context));
        String wrapped = document;
        for (Insert insert : inserts) {
            if (insert.before() == null) {
                top.append(render(insert.fragment(), context));
                continue;
            }
            int at = wrapped.indexOf(insert.before());
            if (at < 0) {
                at = wrapped.lastIndexOf("</body>");
            }
            String fragment = render(insert.fragment(), context);
            wrapped = at < 0 ? wrapped + fragment : wrapped.substring(0, at) + fragment + "\n" + wrapped.substring(at);
        }
        // The documents' own scripts (the report's filters) run under the page's nonce: they are the report layer's,
        // and whatever a snapshot holds reaches the document escaped, so it never forms a script element.
        wrapped = wrapped.replace("<script>", "<script nonce=\"" + ContentSecurityPolicy.nonce(request) + "\">");
        int body = wrapped.indexOf("<body");
        int end = body < 0 ? -1 : wrapped.indexOf('>', body);
        if (end < 0) {
            return top + wrapped;
        }
        return wrapped.substring(0, end + 1) + "\n" + top + wrapped.substring(end + 1);
    }

    /** One fragment of pages/layout on its own, for a page that places it itself. */
    String fragment(String fragment, Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), request.getLocale());
        context.setVariables(model);
        return render(fragment, context);
    }

    private String render(String fragment, WebContext context) {
        return templates.process("pages/layout", Set.of(fragment), context);
    }
}

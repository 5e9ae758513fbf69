package org.ismsassessor.web.api;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's actual endpoints, as Spring MVC maps them: "GET /api/v1/results/{id}", "POST /assessments",
 * "ANY /error" for a mapping of every method. Tests that must cover every endpoint enumerate these, so a new
 * endpoint cannot be added without a case.
 */
final class Endpoints {
    private Endpoints() {
    }

    static Set<String> of(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    static String method(String endpoint) {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    static String pattern(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    /** The pattern with every path variable set to a value. */
    static String path(String endpoint, String value) {
        return pattern(endpoint).replaceAll("\\{[^}]+}", value);
    }
}

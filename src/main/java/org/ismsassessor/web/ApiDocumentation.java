package org.ismsassessor.web;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.ismsassessor.assessment.Assessment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description's heading: served at /v3/api-docs, shown at /api-docs, and kept in the repository as
 * docs/openapi.json (a test fails when the two differ). The server is relative, so the description does not
 * depend on where the service runs.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("ISMS assessor API").version("v1 (" + Assessment.ASSESSOR_VERSION + ")")
                        .description("Assesses ISMS snapshots against ISO/IEC 27001:2005 clauses 4-8 and Annex A. "
                                + "Sign in with HTTP Basic or an API token (Authorization: Bearer isa_...). Every "
                                + "client's data is visible only to users granted that client. Errors are RFC 9457 "
                                + "problem details; bad input lists each error with its JSON path in 'errors'."))
                .servers(List.of(new Server().url("/").description("this service")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("an API token from POST /api/v1/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /** Enums documented with the values sent, not their Java names (registered with springdoc as a bean). */
    @Bean
    ModelConverter enumValuesAsSent(JsonMapper mapper) {
        return new EnumValuesAsSent(mapper);
    }
}

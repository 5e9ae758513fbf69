package org.ismsassessor.web;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The web service's Spring Boot application; {@code serve} starts it with its options as properties. */
@SpringBootApplication
public class WebApplication {

    /**
     * Starts the server with these properties over application.properties (and under the environment's, which
     * a deployment uses); returns once it listens.
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(WebApplication.class);
        return application.run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).sorted().toArray(String[]::new));
    }
}

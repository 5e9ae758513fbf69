package org.ismsassessor.web.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two security chains. The API ({@code /api/**}) is stateless: HTTP Basic or an API
 * token ({@code Authorization: Bearer isa_...}) on every call, no session cookie, hence no CSRF token; its
 * errors are problem details. The pages use a form sign-in with a session and CSRF protection. Only the
 * health check and the sign-in page are open. Authorization by role is here; authorization by client is in
 * the services, which answer 404 for a client the caller is not granted.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Everything the pages allow themselves: no script, style or image from anywhere but this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Argon2id for new passwords; the {id} prefix leaves room to move to a stronger setting later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }

    @Bean
    UserDetailsService userDetailsService(AccountStore accounts) {
        return username -> {
            Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
            String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
            return User.withUsername(account.username()).password(hash).disabled(!account.enabled())
                    .authorities(List.of(new SimpleGrantedAuthority(account.role().authority()))).build();
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenStore tokens, UserDetailsService users) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/health").permitAll()
                        .requestMatchers("/api/v1/users/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in with HTTP Basic or an API token (Authorization: Bearer isa_...).")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // No cookie authenticates an API call, so a forged cross-site request carries no credentials.
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in with HTTP Basic or an API token (Authorization: Bearer isa_...)."))
                        .accessDeniedHandler((request, response, ex) -> problem(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Your role does not allow this.")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AccountStore accounts) throws Exception {
        // Before the anonymous sign-in, so a session of a disabled account goes on as anonymous.
        http.addFilterBefore(new ActiveAccountFilter(accounts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                // The OpenAPI description (/v3/api-docs) is read by the docs page with the session and by tools
                // with HTTP Basic; both are GETs, so CSRF is not at stake.
                .httpBasic(b -> { })
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Writes an RFC 9457 problem details body. */
    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"isms-assessor\"");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}

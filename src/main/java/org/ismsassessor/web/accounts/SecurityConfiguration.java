package org.ismsassessor.web.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ismsassessor.web.ErrorResponses;
import org.ismsassessor.web.Problem;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.ismsassessor.web.audit.AuditFilter;
import org.ismsassessor.web.audit.AuditTrail;
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

    /** What a sign-in answers when the database fails: an outage, not bad credentials. */
    static final String SIGN_IN_UNAVAILABLE = "Signing in needs the database, which cannot be reached now. Try again.";

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

    /** Passwords checked with Argon2, throttled per account and client address (see {@link SignInThrottle}). */
    @Bean
    AuthenticationProvider passwords(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
            SignInAudit audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledPasswords(passwords, throttle, audit);
    }

    /**
     * Why a sign-in failed, as the API answers it: too many failures (429), the database unreachable (503), or
     * no or wrong credentials (401).
     */
    static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottle.Throttled throttled) {
            ErrorResponses.problem(response, 429, "Too many requests", throttled(throttled), throttled.retryAfterSeconds());
        } else if (e instanceof InternalAuthenticationServiceException) {
            ErrorResponses.problem(response, 503, "Service unavailable", SIGN_IN_UNAVAILABLE,
                    Problem.DEFAULT_RETRY_AFTER_SECONDS);
        } else {
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Sign in with HTTP Basic or an API token (Authorization: Bearer isa_...).");
        }
    }

    static String throttled(SignInThrottle.Throttled e) {
        return "Too many failed sign-ins to this account from your address: try again in " + e.retryAfterSeconds()
                + " s. Other addresses are not affected.";
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenStore tokens, UserDetailsService users, SignInAudit audit,
            AuditTrail trail) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/health").permitAll()
                        .requestMatchers("/api/v1/users/**", "/api/v1/audit-log/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, users, audit), BasicAuthenticationFilter.class)
                // After sign-in, before the role checks: a request refused for its role is logged too.
                .addFilterAfter(new AuditFilter(trail), ExceptionTranslationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(SecurityConfiguration::refused))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // No cookie authenticates an API call, so a forged cross-site request carries no credentials.
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(SecurityConfiguration::refused)
                        .accessDeniedHandler((request, response, ex) -> problem(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Your role does not allow this.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AccountStore accounts, SignInAudit audit, AuditTrail trail)
            throws Exception {
        // Before the anonymous sign-in, so a session of a disabled account goes on as anonymous.
        http.addFilterBefore(new ActiveAccountFilter(accounts), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AuditFilter(trail), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(signedIn(audit)).permitAll()
                        .failureHandler(SecurityConfiguration::signInFailed))
                // The OpenAPI description (/v3/api-docs) is read by the docs page with the session and by tools
                // with HTTP Basic; both are GETs, so CSRF is not at stake.
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof SignInThrottle.Throttled || e instanceof InternalAuthenticationServiceException) {
                        refused(request, response, e);
                    } else {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"isms-assessor\"");
                        ErrorResponses.write(request, response, 401, "Unauthorized", "Sign in first.", 0);
                    }
                }))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A sign-in with the form, recorded in the audit trail, then on to the page asked for (or the clients). When
     * it cannot be recorded, the sign-in is undone and answered 503: nobody signs in unrecorded.
     */
    static AuthenticationSuccessHandler signedIn(SignInAudit audit) {
        SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
        onward.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (audit.signedIn(authentication.getName(), request)) {
                onward.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            ErrorResponses.page(response, 503, "Service unavailable", "Signing in cannot be recorded in the audit "
                    + "trail now. Try again.", Problem.DEFAULT_RETRY_AFTER_SECONDS);
        };
    }

    /**
     * The sign-in form refused: too many failures (429) or the database unreachable (503) as a page with
     * Retry-After; wrong credentials back to the form.
     */
    static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottle.Throttled throttled) {
            ErrorResponses.page(response, 429, "Too many requests", throttled(throttled), throttled.retryAfterSeconds());
        } else if (e instanceof InternalAuthenticationServiceException) {
            ErrorResponses.page(response, 503, "Service unavailable", SIGN_IN_UNAVAILABLE,
                    Problem.DEFAULT_RETRY_AFTER_SECONDS);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    /** Writes an RFC 9457 problem details body (401 with the Basic challenge). */
    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"isms-assessor\"");
        }
        ErrorResponses.problem(response, status, title, detail, status == 503 ? Problem.DEFAULT_RETRY_AFTER_SECONDS : 0);
    }
}

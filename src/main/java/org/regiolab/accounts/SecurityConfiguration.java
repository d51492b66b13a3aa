package org.regiolab.accounts;

import java.util.Arrays;
import java.util.List;

import org.regiolab.platform.PublicPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny unless allowed. Modules guard what only some roles may do with {@code @PreAuthorize} on
 * their controllers; the URL rules here are the floor beneath, and what a module opens beyond its
 * staff it declares as {@link PublicPaths}. Two filter chains: the API and the operations endpoints are stateless
 * and sign in with HTTP Basic or a personal API token; the web pages use a session, the login
 * form and CSRF tokens. Errors are left to the error controller, which answers the API with
 * problem details and browsers with a page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** No inline scripts anywhere; styles only from our own stylesheet. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The roles of the network's own people. Everything not public asks for one of them; an account
	 * without a role, such as a business's self-registered one, reaches only its portal pages and its account.
	 */
	private static final String[] STAFF = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and any stored hash names its algorithm, so a later switch needs no migration
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No observation of every filter, authentication and authorisation: it wrapped each of the
	 * chain's filters in an observation of its own and cost a tenth of the CPU of a feedback's
	 * ingest; the requests themselves are still measured (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, UserDetailsService users,
			LoginThrottle throttle, List<PublicPaths> modules) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"RegioLab\", Bearer realm=\"RegioLab\"");
			response.sendError(HttpStatus.UNAUTHORIZED.value());
		};
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
					.requestMatchers("/actuator/**", "/api/v1/users", "/api/v1/users/**").hasRole(Role.ADMIN.name());
				ModulePaths.open(requests, modules, ModulePaths.API);
				// every account may ask who it is, even one without a role
				requests.requestMatchers("/api/v1/me", "/api/v1/me/**").authenticated()
					.anyRequest().hasAnyRole(STAFF);
			})
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			// not beans, so that the servlet container does not run them outside the chain as well
			.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users, unauthorized), BasicAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no cookies are read here, so there is no session a forged request could ride on
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden()))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, LoginThrottle throttle, List<PublicPaths> modules)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/", "/login", "/invitation/**", "/error", "/css/**", "/js/**", "/images/**",
							"/webjars/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**")
					.permitAll()
					.requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
				ModulePaths.open(requests, modules, ModulePaths.WEB);
				// every account manages itself, even one without a role
				requests.requestMatchers("/account/**").authenticated().anyRequest().hasAnyRole(STAFF);
			})
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?logout"))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.accessDeniedHandler(forbidden()))
			.csrf(Customizer.withDefaults())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}
}

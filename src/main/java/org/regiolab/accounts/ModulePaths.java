package org.regiolab.accounts;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.regiolab.platform.PublicPaths;
import org.regiolab.platform.PublicPaths.Paths;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** The paths the modules open ({@link PublicPaths}), as rules of one of the two filter chains. */
final class ModulePaths {

	static final Predicate<String> API = pattern -> pattern.startsWith("/api/");
	static final Predicate<String> WEB = API.negate();

	private ModulePaths() {
	}

	/**
	 * Permits every module's paths for everybody, then those for any account: the first rule that
	 * matches decides, so no module's wide path for accounts ({@code /portal/**}) may hide another's public one.
	 */
	static void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<PublicPaths> modules, Predicate<String> chain) {
		rules(modules, PublicPaths::forEverybody, chain)
			.forEach(paths -> requests.requestMatchers(paths.method(), patterns(paths)).permitAll());
		rules(modules, PublicPaths::forAnyAccount, chain)
			.forEach(paths -> requests.requestMatchers(paths.method(), patterns(paths)).authenticated());
	}

	private static List<Paths> rules(List<PublicPaths> modules, Function<PublicPaths, List<Paths>> which,
			Predicate<String> chain) {
		return modules.stream()
			.flatMap(module -> which.apply(module).stream())
			.map(paths -> new Paths(paths.method(), paths.patterns().stream().filter(chain).toList()))
			.filter(paths -> !paths.patterns().isEmpty())
			.toList();
	}

	private static String[] patterns(Paths paths) {
		return paths.patterns().toArray(String[]::new);
	}
}

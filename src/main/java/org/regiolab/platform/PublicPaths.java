package org.regiolab.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * What a module opens beyond its staff: to everybody without an account (a public event's page, a
 * station's feedback form, the portal), or to any account, even one without a role (a business's
 * own portal pages). A module declares its paths in a bean of its own; the security configuration
 * permits them, those under {@code /api/} in the API's filter chain and the others in the web's,
 * and asks a role of the network's people for everything else, so that a module added later needs
 * no change there. A module still guards what it serves on such a path (a members-only event, say).
 */
public interface PublicPaths {

	/** The paths anyone may call without signing in. */
	List<Paths> forEverybody();

	/** The paths any signed-in account may call, whatever its roles. */
	default List<Paths> forAnyAccount() {
		return List.of();
	}

	/**
	 * @param method the HTTP method, or {@code null} for every method
	 * @param patterns as Spring MVC maps them: {@code /events/{id}}, {@code /calendar/**}
	 */
	record Paths(@Nullable HttpMethod method, List<String> patterns) {

		public static Paths get(String... patterns) {
			return new Paths(HttpMethod.GET, List.of(patterns));
		}

		public static Paths post(String... patterns) {
			return new Paths(HttpMethod.POST, List.of(patterns));
		}

		public static Paths anyMethod(String... patterns) {
			return new Paths(null, List.of(patterns));
		}
	}
}

package org.regiolab.accounts;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what, by role: the one place that says it. Controllers name the expressions below in
 * {@code @PreAuthorize}, code asks the methods, templates ask the bean {@code roles}
 * ({@link RoleChecks}). A module that knows more about a person (an alliance's coordinators, a
 * profile's editors) adds its own rule on top of these, never a copy of them.
 */
@NamedInterface("api")
public final class Roles {

	/** Administrators and coordinators keep the network, labs and events. */
	public static final String MAY_EDIT = "hasAnyRole('ADMIN', 'COORDINATOR')";

	/** Administrators alone run the installation: users, reference data, the search index. */
	public static final String ADMIN_ONLY = "hasRole('ADMIN')";

	/** Experts offer advice, and so may the people who keep the network. */
	public static final String MAY_ADVISE = "hasAnyRole('EXPERT', 'ADMIN', 'COORDINATOR')";

	private Roles() {
	}

	/** Whether {@code user} is a signed-in person rather than nobody or an anonymous visitor. */
	public static boolean signedIn(@Nullable Authentication user) {
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}

	/** Whether {@code user} is an administrator or a coordinator, see {@link #MAY_EDIT}. */
	public static boolean mayEdit(@Nullable Authentication user) {
		return has(user, Role.ADMIN) || has(user, Role.COORDINATOR);
	}

	/**
	 * Whether {@code user} is one of the network's people, with a role of theirs; an account without
	 * one (a business's, self-registered in the portal) is not.
	 */
	public static boolean isStaff(@Nullable Authentication user) {
		return signedIn(user) && Arrays.stream(Role.values()).anyMatch(role -> has(user, role));
	}

	public static boolean isAdmin(@Nullable Authentication user) {
		return has(user, Role.ADMIN);
	}

	public static boolean has(@Nullable Authentication user, Role role) {
		return signedIn(user) && user.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
	}

	/** The person the current request runs for; {@code null} outside a request. */
	public static @Nullable Authentication current() {
		return SecurityContextHolder.getContext().getAuthentication();
	}
}

package org.regiolab.accounts.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API caller is. */
@RestController
class MeController {

	/** The caller's email and roles, as the API knows them. */
	record Me(String email, List<String> roles) {
	}

	@GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
	Me me(@AuthenticationPrincipal UserDetails user) {
		List<String> roles = user.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.sorted()
			.toList();
		return new Me(user.getUsername(), roles);
	}
}

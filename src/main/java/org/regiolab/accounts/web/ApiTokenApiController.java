package org.regiolab.accounts.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.ApiTokens;
import org.regiolab.accounts.ApiTokens.ApiTokenView;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's personal API tokens, as on the web page. */
@RestController
@RequestMapping(path = "/api/v1/me/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiTokenApiController {

	private final ApiTokens tokens;

	ApiTokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** The name of a token to create. */
	record NewToken(@NotBlank @Size(max = 100) String name) {
	}

	/** A created token; {@code token} is its secret, answered only this once. */
	record CreatedToken(String name, String token) {
	}

	@GetMapping
	List<ApiTokenView> list(Principal principal) {
		return tokens.of(principal.getName());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CreatedToken> create(@Valid @RequestBody NewToken request, Principal principal) {
		String secret = tokens.create(principal.getName(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens"))
			.body(new CreatedToken(request.name().strip(), secret));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id, Principal principal) {
		if (!tokens.revoke(principal.getName(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.noContent().build();
	}
}

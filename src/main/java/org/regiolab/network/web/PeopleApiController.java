package org.regiolab.network.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.Consent;
import org.regiolab.network.PeopleList;
import org.regiolab.network.PeopleList.PersonRow;
import org.regiolab.network.PersonRegistry;
import org.regiolab.network.PersonView;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network's people through the API: personal data, for coordinators and administrators only. */
@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(Roles.MAY_EDIT)
class PeopleApiController {

	private final PersonRegistry registry;
	private final PeopleList list;

	PeopleApiController(PersonRegistry registry, PeopleList list) {
		this.registry = registry;
		this.list = list;
	}

	/** A person as the API answers them. */
	record PersonResponse(UUID id, String givenName, String familyName, @Nullable String email, @Nullable String phone,
			@Nullable UUID organizationId, @Nullable String organizationName, @Nullable String function,
			List<Consent> consents, boolean invented, Instant createdAt, Instant updatedAt) {

		static PersonResponse of(PersonView view) {
			var data = view.data();
			return new PersonResponse(view.id(), data.givenName(), data.familyName(), data.email(), data.phone(),
					data.organisation(), view.organisationName(), data.function(),
					data.consents().stream().sorted((a, b) -> a.purpose().compareTo(b.purpose())).toList(),
					view.invented(), view.createdAt(), view.updatedAt());
		}
	}

	@GetMapping
	ItemsPage<PersonRow> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return list.find(q, organizationId, page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PersonResponse> create(@Valid @RequestBody PersonInput input) {
		UUID id = registry.create(input.toData());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(get(id));
	}

	@GetMapping("/{id}")
	PersonResponse get(@PathVariable UUID id) {
		return registry.find(id).map(PersonResponse::of).orElseThrow(() -> NotFoundException.of("person", id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PersonResponse update(@PathVariable UUID id, @Valid @RequestBody PersonInput input) {
		registry.update(id, input.toData());
		return get(id);
	}

	/** Everything stored about the person. */
	@GetMapping("/{id}/export")
	Map<String, Object> export(@PathVariable UUID id) {
		return registry.export(id);
	}

	/** Erases the person: their data goes, their traces elsewhere become anonymous. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> erase(@PathVariable UUID id) {
		registry.erase(id);
		return ResponseEntity.noContent().build();
	}
}

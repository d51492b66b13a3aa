package org.regiolab.network.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.NetworkLists;
import org.regiolab.network.NetworkLists.OrganisationFilter;
import org.regiolab.network.NetworkLists.OrganisationRow;
import org.regiolab.network.OrganisationKind;
import org.regiolab.network.OrganisationRegistry;
import org.regiolab.network.OrganisationView;
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

/** Organisations of the network through the API; reading for everyone signed in, changes for coordinators. */
@RestController
@RequestMapping(path = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganizationApiController {

	private final OrganisationRegistry registry;
	private final NetworkLists lists;

	OrganizationApiController(OrganisationRegistry registry, NetworkLists lists) {
		this.registry = registry;
		this.lists = lists;
	}

	/** An organisation as the API answers it. */
	record Organization(UUID id, String name, OrganisationKind kind, @Nullable String sectorCode,
			@Nullable String sectorTitle, @Nullable String regionKey, @Nullable String regionName,
			@Nullable String street, @Nullable String postalCode, @Nullable String city, @Nullable String website,
			@Nullable String description, Instant createdAt, Instant updatedAt) {

		static Organization of(OrganisationView view) {
			var data = view.data();
			return new Organization(view.id(), data.name(), data.kind(), data.sectorCode(), view.sectorTitle(),
					data.regionKey(), view.regionName(), data.street(), data.postalCode(), data.city(), data.website(),
					data.description(), view.createdAt(), view.updatedAt());
		}
	}

	@GetMapping
	ItemsPage<OrganisationRow> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable OrganisationKind kind,
			@RequestParam(required = false) @Nullable String sector, @RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable UUID alliance, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return lists.organisations(new OrganisationFilter(q, kind, sector, region, alliance), page, size);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Organization> create(@Valid @RequestBody OrganisationInput input) {
		UUID id = registry.create(input.toData());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + id)).body(get(id));
	}

	@GetMapping("/{id}")
	Organization get(@PathVariable UUID id) {
		return registry.find(id).map(Organization::of).orElseThrow(() -> NotFoundException.of("organisation", id));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Organization update(@PathVariable UUID id, @Valid @RequestBody OrganisationInput input) {
		registry.update(id, input.toData());
		return get(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		registry.delete(id);
		return ResponseEntity.noContent().build();
	}
}

package org.regiolab.portal.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.NotFoundException;
import org.regiolab.portal.ProfileList;
import org.regiolab.portal.ProfileList.ProfileFilter;
import org.regiolab.portal.ProfileRegistry;
import org.regiolab.portal.ProfileStatus;
import org.regiolab.portal.ProfileView;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business profiles through the API. Everybody reads the published profiles; the office creates,
 * changes and publishes every profile; a business changes its own, and the change waits for review.
 */
@RestController
@RequestMapping(path = "/api/v1/portal/profiles", produces = MediaType.APPLICATION_JSON_VALUE)
class ProfileApiController {

	private final ProfileRegistry registry;
	private final ProfileList list;

	ProfileApiController(ProfileRegistry registry, ProfileList list) {
		this.registry = registry;
		this.list = list;
	}

	@Operation(summary = "Published profiles for everybody; the office also sees drafts and submissions (status filter)")
	@GetMapping
	ItemsPage<ProfileJson> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ProfileStatus status, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, @Nullable Authentication user) {
		boolean office = Roles.mayEdit(user);
		ItemsPage<ProfileView> found = list.find(new ProfileFilter(q, office ? status : null, !office), page, size);
		return new ItemsPage<>(found.items().stream().map(profile -> office ? ProfileJson.forEditor(profile)
				: ProfileJson.forPublic(profile)).toList(), found.total(), page, size);
	}

	@Operation(summary = "The office creates a profile on a business's behalf; it is a draft until published")
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProfileJson> create(@Valid @RequestBody ProfileInput input, Authentication user) {
		if (input.organizationId() == null) {
			throw new InvalidInputException("organizationId", "NotNull", "A profile belongs to an organisation");
		}
		UUID id = registry.create(input.organizationId(), input.toContent());
		return ResponseEntity.created(URI.create("/api/v1/portal/profiles/" + id)).body(get(id, user));
	}

	@Operation(summary = "The published profile, or for those who keep it the version they work on")
	@GetMapping("/{id}")
	ProfileJson get(@PathVariable UUID id, @Nullable Authentication user) {
		ProfileView profile = registry.load(id);
		if (registry.mayEdit(id, user)) {
			return ProfileJson.forEditor(profile);
		}
		if (!profile.isPublic()) {
			throw NotFoundException.of("public profile", id);
		}
		return ProfileJson.forPublic(profile);
	}

	@Operation(summary = "Replaces the draft; the published version stays visible until the office publishes the change")
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ProfileJson update(@PathVariable UUID id, @Valid @RequestBody ProfileInput input, Authentication user) {
		registry.change(id, input.toContent(), user);
		return get(id, user);
	}

	@Operation(summary = "The office publishes the draft (a new profile or a change)")
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/{id}/publish")
	ProfileJson publish(@PathVariable UUID id, Authentication user) {
		registry.publish(id);
		return get(id, user);
	}
}

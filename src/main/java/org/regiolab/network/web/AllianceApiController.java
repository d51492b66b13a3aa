package org.regiolab.network.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.AllianceDetails;
import org.regiolab.network.AllianceDetails.Alliance;
import org.regiolab.network.AllianceDetails.Member;
import org.regiolab.network.AllianceKind;
import org.regiolab.network.AllianceRegistry;
import org.regiolab.network.MembersArea;
import org.regiolab.network.MembershipRole;
import org.regiolab.network.NetworkLists;
import org.regiolab.network.NetworkLists.AllianceRow;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alliances, their members and their members-only area through the API. */
@RestController
@RequestMapping(path = "/api/v1/alliances", produces = MediaType.APPLICATION_JSON_VALUE)
class AllianceApiController {

	private final AllianceRegistry registry;
	private final AllianceDetails details;
	private final NetworkLists lists;
	private final MembersArea area;

	AllianceApiController(AllianceRegistry registry, AllianceDetails details, NetworkLists lists, MembersArea area) {
		this.registry = registry;
		this.details = details;
		this.lists = lists;
		this.area = area;
	}

	/** A membership to add: the organisation and its role. */
	record NewMember(@NotNull UUID organizationId, @Nullable MembershipRole role, @Nullable LocalDate since) {
	}

	/** The members-only area: its pages and files. */
	record Area(List<MembersArea.Page> pages, List<MembersArea.FileEntry> files) {
	}

	@GetMapping
	ItemsPage<AllianceRow> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AllianceKind kind, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return lists.alliances(q, kind, page, size);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Alliance> create(@Valid @RequestBody AllianceInput input) {
		UUID id = registry.create(input.toData());
		return ResponseEntity.created(URI.create("/api/v1/alliances/" + id)).body(get(id));
	}

	@GetMapping("/{id}")
	Alliance get(@PathVariable UUID id) {
		return details.find(id).orElseThrow(() -> NotFoundException.of("alliance", id));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Alliance update(@PathVariable UUID id, @Valid @RequestBody AllianceInput input) {
		registry.update(id, input.toData());
		return get(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		registry.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/members")
	List<Member> members(@PathVariable UUID id) {
		get(id);
		return details.members(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Member>> addMember(@PathVariable UUID id, @Valid @RequestBody NewMember member) {
		registry.addMember(id, member.organizationId(), member.role() == null ? MembershipRole.MEMBER : member.role(),
				member.since());
		return ResponseEntity.created(URI.create("/api/v1/alliances/" + id + "/members")).body(details.members(id));
	}

	/** The members-only area; 403 for anyone who is not a member or coordinator of the alliance. */
	@GetMapping("/{id}/area")
	Area area(@PathVariable UUID id, Authentication user) {
		return new Area(area.pages(id, user), area.files(id, user));
	}
}

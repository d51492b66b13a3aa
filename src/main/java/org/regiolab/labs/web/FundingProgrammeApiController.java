package org.regiolab.labs.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.Fund;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.FundingProgrammes.FundingProgramme;
import org.regiolab.platform.ItemsPage;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Funding programmes with their publicity notices through the API. */
@RestController
@RequestMapping(path = "/api/v1/funding-programmes", produces = MediaType.APPLICATION_JSON_VALUE)
class FundingProgrammeApiController {

	private final FundingProgrammes programmes;

	FundingProgrammeApiController(FundingProgrammes programmes) {
		this.programmes = programmes;
	}

	@GetMapping
	ItemsPage<FundingProgramme> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Fund fund, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return programmes.list(q, fund, page, size);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<FundingProgramme> create(@Valid @RequestBody FundingProgrammeInput input) {
		UUID id = programmes.create(input.toData());
		return ResponseEntity.created(URI.create("/api/v1/funding-programmes/" + id)).body(programmes.load(id));
	}

	@GetMapping("/{id}")
	FundingProgramme get(@PathVariable UUID id) {
		return programmes.load(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	FundingProgramme update(@PathVariable UUID id, @Valid @RequestBody FundingProgrammeInput input) {
		programmes.update(id, input.toData());
		return programmes.load(id);
	}
}

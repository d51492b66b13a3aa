package org.regiolab.labs.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.MeasureRegistry;
import org.regiolab.labs.SolutionData;
import org.regiolab.labs.SolutionLibrary;
import org.regiolab.labs.SolutionLibrary.Solution;
import org.regiolab.labs.SolutionLibrary.SolutionRow;
import org.regiolab.platform.ItemsPage;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The solution library through the API: publish a measure, search, adopt into a lab. */
@RestController
class SolutionApiController {

	private final SolutionLibrary library;
	private final MeasureRegistry measures;

	SolutionApiController(SolutionLibrary library, MeasureRegistry measures) {
		this.library = library;
		this.measures = measures;
	}

	/** What a solution tells; every field is optional in JSON except problem, approach and contact. */
	record SolutionInput(@NotBlank @Size(max = 5000) String problem, @NotBlank @Size(max = 5000) String approach,
			@Nullable @Size(max = 5000) String requirements, @Nullable @Size(max = 5000) String results,
			@NotBlank @Size(max = 500) String contact) {
	}

	/** Which lab adopts a solution. */
	record AdoptionInput(@NotNull UUID labId) {
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/api/v1/measures/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Solution> publish(@PathVariable UUID id, @Valid @RequestBody SolutionInput input) {
		UUID solution = library.publish(id, new SolutionData(input.problem(), input.approach(), input.requirements(),
				input.results(), input.contact()));
		return ResponseEntity.created(URI.create("/api/v1/solutions/" + solution)).body(library.load(solution));
	}

	@GetMapping(path = "/api/v1/solutions", produces = MediaType.APPLICATION_JSON_VALUE)
	ItemsPage<SolutionRow> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return library.search(q, page, size);
	}

	@GetMapping(path = "/api/v1/solutions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Solution get(@PathVariable UUID id) {
		return library.load(id);
	}

	/** Adopts the solution into the lab: answers 201 with the new measure, which names its origin. */
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/api/v1/solutions/{id}/adopt", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MeasureJson> adopt(@PathVariable UUID id, @Valid @RequestBody AdoptionInput input) {
		UUID measure = library.adopt(id, input.labId());
		return ResponseEntity.created(URI.create("/api/v1/measures/" + measure)).body(MeasureJson.of(measures.load(measure)));
	}
}

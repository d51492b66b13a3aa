package org.regiolab.labs.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabList;
import org.regiolab.labs.LabList.LabFilter;
import org.regiolab.labs.LabList.LabRow;
import org.regiolab.labs.LabRegistry;
import org.regiolab.labs.MeasureRegistry;
import org.regiolab.platform.ItemsPage;

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

/** Labs and their measures through the API: reading for everyone signed in, changes for coordinators. */
@RestController
@RequestMapping(path = "/api/v1/labs", produces = MediaType.APPLICATION_JSON_VALUE)
class LabApiController {

	private final LabRegistry labs;
	private final LabList list;
	private final MeasureRegistry measures;

	LabApiController(LabRegistry labs, LabList list, MeasureRegistry measures) {
		this.labs = labs;
		this.list = list;
		this.measures = measures;
	}

	@GetMapping
	ItemsPage<LabRow> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LabKind kind, @RequestParam(required = false) @Nullable UUID alliance,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return list.find(new LabFilter(q, kind, alliance), page, size);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<LabJson> create(@Valid @RequestBody LabInput input) {
		UUID id = labs.create(input.toData());
		return ResponseEntity.created(URI.create("/api/v1/labs/" + id)).body(get(id));
	}

	@GetMapping("/{id}")
	LabJson get(@PathVariable UUID id) {
		return LabJson.of(labs.load(id));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	LabJson update(@PathVariable UUID id, @Valid @RequestBody LabInput input) {
		labs.update(id, input.toData());
		return get(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		labs.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/measures")
	List<MeasureJson> measures(@PathVariable UUID id) {
		labs.load(id);
		return measures.ofLab(id).stream().map(MeasureJson::of).toList();
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/{id}/measures", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MeasureJson> createMeasure(@PathVariable UUID id, @Valid @RequestBody MeasureInput input) {
		UUID measure = measures.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/measures/" + measure))
			.body(MeasureJson.of(measures.load(measure)));
	}
}

package org.regiolab.labs.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.MeasureRegistry;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A single measure through the API. */
@RestController
@RequestMapping(path = "/api/v1/measures", produces = MediaType.APPLICATION_JSON_VALUE)
class MeasureApiController {

	private final MeasureRegistry measures;

	MeasureApiController(MeasureRegistry measures) {
		this.measures = measures;
	}

	@GetMapping("/{id}")
	MeasureJson get(@PathVariable UUID id) {
		return MeasureJson.of(measures.load(id));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	MeasureJson update(@PathVariable UUID id, @Valid @RequestBody MeasureInput input) {
		measures.update(id, input.toData());
		return get(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		measures.delete(id);
		return ResponseEntity.noContent().build();
	}
}

package org.regiolab.labs.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.CertificationData;
import org.regiolab.labs.Certifications;
import org.regiolab.labs.Certifications.Certification;
import org.regiolab.labs.LabRegistry;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Certifications of labs and those due for renewal, through the API. */
@RestController
class CertificationApiController {

	private final Certifications certifications;
	private final LabRegistry labs;

	CertificationApiController(Certifications certifications, LabRegistry labs) {
		this.certifications = certifications;
		this.labs = labs;
	}

	/** A certification as the API answers it, with its renewal date and the days left until then. */
	record CertificationJson(UUID id, UUID labId, String labName, String name, LocalDate awardedOn, int validityMonths,
			LocalDate renewsOn, long daysLeft, boolean lapsed, List<CertificationData.Criterion> criteria) {

		static CertificationJson of(Certification c) {
			return new CertificationJson(c.id(), c.lab(), c.labName(), c.data().name(), c.data().awardedOn(),
					c.data().validityMonths(), c.renewsOn(), c.daysLeft(), c.lapsed(), c.data().criteria());
		}
	}

	@GetMapping(path = "/api/v1/labs/{id}/certifications", produces = MediaType.APPLICATION_JSON_VALUE)
	List<CertificationJson> ofLab(@PathVariable UUID id) {
		labs.load(id);
		return certifications.ofLab(id).stream().map(CertificationJson::of).toList();
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/api/v1/labs/{id}/certifications", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CertificationJson> create(@PathVariable UUID id, @Valid @RequestBody CertificationInput input) {
		UUID certification = certifications.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/certifications/" + certification))
			.body(CertificationJson.of(certifications.load(certification)));
	}

	/** The certifications to renew within the next {@code dueWithinDays} days, lapsed ones included. */
	@GetMapping(path = "/api/v1/certifications", produces = MediaType.APPLICATION_JSON_VALUE)
	List<CertificationJson> due(@RequestParam(defaultValue = "90") @Min(0) @Max(3650) int dueWithinDays) {
		return certifications.dueWithin(dueWithinDays).stream().map(CertificationJson::of).toList();
	}

	@GetMapping(path = "/api/v1/certifications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	CertificationJson get(@PathVariable UUID id) {
		return CertificationJson.of(certifications.load(id));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/api/v1/certifications/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	CertificationJson update(@PathVariable UUID id, @Valid @RequestBody CertificationInput input) {
		certifications.update(id, input.toData());
		return get(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/api/v1/certifications/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		certifications.delete(id);
		return ResponseEntity.noContent().build();
	}
}

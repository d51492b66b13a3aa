package org.regiolab.events.web;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.RegistrationDesk;
import org.regiolab.events.RegistrationOutcome;
import org.regiolab.events.RegistrationRequest;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.Registrations;
import org.regiolab.events.Registrations.WalkIn;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registrations through the API. Anybody registers for a public event, signed-in users for a
 * members-only one; the participant list, cancellation by others and check-in are for coordinators.
 */
@RestController
@RequestMapping(path = "/api/v1/events/{event}", produces = MediaType.APPLICATION_JSON_VALUE)
class RegistrationApiController {

	private final RegistrationDesk desk;
	private final Registrations registrations;
	private final EventRegistry events;

	RegistrationApiController(RegistrationDesk desk, Registrations registrations, EventRegistry events) {
		this.desk = desk;
		this.registrations = registrations;
		this.events = events;
	}

	/** 201 with the new registration, or 200 with the existing one when the email registered before. */
	@PostMapping(path = "/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RegistrationJson.Receipt> register(@PathVariable UUID event, @Valid @RequestBody RegistrationInput input,
			Locale locale) {
		RegistrationOutcome outcome = desk.register(new RegistrationRequest(event, input.givenName().strip(),
				input.familyName().strip(), input.email().strip(), input.organizationId(),
				input.organizationName() == null || input.organizationName().isBlank() ? null : input.organizationName().strip(),
				Boolean.TRUE.equals(input.consentToContact()),
				input.language() != null ? input.language() : locale.getLanguage().equals("en") ? "en" : "de",
				EventAccess.account()));
		RegistrationJson.Receipt receipt = RegistrationJson.Receipt.of(outcome);
		return outcome.existing() ? ResponseEntity.ok(receipt)
				: ResponseEntity.created(URI.create("/api/v1/events/" + event + "/registrations/" + outcome.id())).body(receipt);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/registrations")
	ItemsPage<RegistrationJson> list(@PathVariable UUID event, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable RegistrationStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		events.load(event);
		ItemsPage<org.regiolab.events.RegistrationView> found = registrations.list(event, q, status, page, size);
		return new ItemsPage<>(found.items().stream().map(RegistrationJson::of).toList(), found.total(), page, size);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/registrations/{registration}")
	RegistrationJson get(@PathVariable UUID event, @PathVariable UUID registration) {
		return RegistrationJson.of(registrations.find(event, registration)
			.orElseThrow(() -> NotFoundException.of("registration", registration)));
	}

	/** Cancels; the first on the waitlist moves up. */
	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/registrations/{registration}")
	RegistrationJson cancel(@PathVariable UUID event, @PathVariable UUID registration) {
		return RegistrationJson.of(registrations.cancel(event, registration));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/registrations/{registration}/check-in")
	RegistrationJson checkIn(@PathVariable UUID event, @PathVariable UUID registration) {
		return RegistrationJson.of(registrations.checkIn(event, registration));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/registrations/{registration}/check-in")
	RegistrationJson undoCheckIn(@PathVariable UUID event, @PathVariable UUID registration) {
		return RegistrationJson.of(registrations.undoCheckIn(event, registration));
	}

	/** Somebody who came without registering, checked in at once. */
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/walk-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RegistrationJson> walkIn(@PathVariable UUID event, @Valid @RequestBody RegistrationInput input) {
		events.load(event);
		return ResponseEntity.status(HttpStatus.CREATED).body(RegistrationJson.of(registrations.walkIn(event,
				new WalkIn(input.givenName(), input.familyName(), input.email(), input.organizationId(),
						input.organizationName()))));
	}
}

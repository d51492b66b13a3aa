package org.regiolab.events.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.ConsultationDays;
import org.regiolab.events.ConsultationSlot;
import org.regiolab.events.SlotBooking;
import org.regiolab.events.SlotTakenException;
import org.regiolab.platform.ApiProblems;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Consultation slots through the API: experts offer them, signed-in people book them. */
@RestController
class ConsultationApiController {

	private final ConsultationDays consultations;
	private final ApiProblems problems;
	private final MessageSource messages;

	ConsultationApiController(ConsultationDays consultations, ApiProblems problems, MessageSource messages) {
		this.consultations = consultations;
		this.problems = problems;
		this.messages = messages;
	}

	/** A slot as the caller may see it; {@code booking} is there for the booker, the expert and coordinators. */
	record SlotJson(UUID id, UUID eventId, String expert, OffsetDateTime startsAt, OffsetDateTime endsAt, int minutes,
			List<String> topics, boolean online, @Nullable String location, @Nullable String onlineUrl, boolean free,
			@Nullable BookingJson booking) {

		static SlotJson of(ConsultationSlot slot) {
			SlotBooking b = slot.booking();
			return new SlotJson(slot.id(), slot.event(), slot.expert(), slot.data().startsAt(), slot.endsAt(),
					slot.data().minutes(), slot.topics(), slot.data().online(), slot.data().location(),
					slot.data().onlineUrl(), !slot.booked(),
					b == null ? null : new BookingJson(b.bookedBy(), b.topic(), b.bookedAt(), b.advice()));
		}
	}

	record BookingJson(String bookedBy, String topic, Instant bookedAt, @Nullable String advice) {
	}

	record BookingInput(@NotBlank @Size(max = 500) String topic) {
	}

	record AdviceInput(@NotNull @Size(max = 20000) String advice) {
	}

	@PreAuthorize(Roles.MAY_ADVISE)
	@PostMapping(path = "/api/v1/events/{id}/slots", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SlotJson> publish(@PathVariable UUID id, @Valid @RequestBody SlotInput input,
			Authentication authentication) {
		UUID slot = consultations.publish(id, Callers.of(authentication), input.toData());
		return ResponseEntity.created(URI.create("/api/v1/slots/" + slot))
			.body(SlotJson.of(consultations.load(slot, Callers.of(authentication))));
	}

	@GetMapping(path = "/api/v1/events/{id}/slots", produces = MediaType.APPLICATION_JSON_VALUE)
	List<SlotJson> slots(@PathVariable UUID id, Authentication authentication) {
		return consultations.slots(id, Callers.of(authentication)).stream().map(SlotJson::of).toList();
	}

	@PostMapping(path = "/api/v1/slots/{id}/booking", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SlotJson> book(@PathVariable UUID id, @Valid @RequestBody BookingInput input,
			Authentication authentication) {
		ConsultationSlot slot = consultations.book(id, Callers.of(authentication), input.topic());
		return ResponseEntity.created(URI.create("/api/v1/slots/" + id + "/booking")).body(SlotJson.of(slot));
	}

	@DeleteMapping("/api/v1/slots/{id}/booking")
	ResponseEntity<Void> cancel(@PathVariable UUID id, Authentication authentication) {
		consultations.cancel(id, Callers.of(authentication));
		return ResponseEntity.noContent().build();
	}

	@PutMapping(path = "/api/v1/slots/{id}/advice", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	SlotJson advice(@PathVariable UUID id, @Valid @RequestBody AdviceInput input, Authentication authentication) {
		return SlotJson.of(consultations.recordAdvice(id, Callers.of(authentication), input.advice()));
	}

	@ExceptionHandler(SlotTakenException.class)
	ResponseEntity<ProblemDetail> taken(HttpServletRequest request, Locale locale) {
		ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, locale);
		problem.setDetail(messages.getMessage("consultation.slot.taken", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ApiProblems.response(problem);
	}
}

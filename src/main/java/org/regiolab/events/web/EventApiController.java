package org.regiolab.events.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventKind;
import org.regiolab.events.EventList;
import org.regiolab.events.EventList.EventFilter;
import org.regiolab.events.EventList.EventRow;
import org.regiolab.events.EventList.Sort;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.EventStatistics;
import org.regiolab.events.EventStatistics.Figures;
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

/**
 * Events through the API: public events for everybody, members-only ones for signed-in users,
 * changes and statistics for coordinators and administrators.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class EventApiController {

	private final EventRegistry events;
	private final EventList list;
	private final EventStatistics statistics;

	EventApiController(EventRegistry events, EventList list, EventStatistics statistics) {
		this.events = events;
		this.list = list;
		this.statistics = statistics;
	}

	@GetMapping("/events")
	ItemsPage<EventRow> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable EventKind kind, @RequestParam(required = false) @Nullable UUID alliance,
			@RequestParam(required = false) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @Nullable OffsetDateTime to,
			@RequestParam(defaultValue = "STARTS_AT") Sort sort, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return list.find(new EventFilter(q, kind, alliance, from, to, !Roles.signedIn(Roles.current())), sort, page, size);
	}

	/** One event, or a whole series when {@code recurrence} and {@code occurrences} are given (answers the first). */
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EventJson> create(@Valid @RequestBody EventInput input) {
		List<UUID> ids = input.recurrence() == null || input.occurrences() == null ? List.of(events.create(input.toData()))
				: events.createSeries(input.toData(), input.recurrence(), input.occurrences());
		return ResponseEntity.created(URI.create("/api/v1/events/" + ids.get(0))).body(get(ids.get(0)));
	}

	@GetMapping("/events/{id}")
	EventJson get(@PathVariable UUID id) {
		return EventJson.of(EventAccess.visible(events.load(id)));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/events/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	EventJson update(@PathVariable UUID id, @Valid @RequestBody EventInput input) {
		events.update(id, input.toData());
		return get(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/events/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		events.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/events/{id}/statistics")
	Figures statistics(@PathVariable UUID id) {
		events.load(id);
		return statistics.ofEvent(id);
	}

	/** The figures of every event an alliance organised in a year. */
	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/event-statistics")
	Figures allianceStatistics(@RequestParam UUID alliance, @RequestParam @Min(2000) @Max(2199) int year) {
		return statistics.ofAlliance(alliance, year);
	}
}

package org.regiolab.events.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventCalendar;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One event as an iCalendar file through the API, with problem details for errors. */
@RestController
class EventCalendarApiController {

	private final EventCalendar calendar;

	EventCalendarApiController(EventCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/v1/events/{id}/calendar.ics")
	ResponseEntity<byte[]> event(@PathVariable UUID id, @Nullable Authentication authentication) {
		return EventCalendarController.file(calendar.event(id, Roles.signedIn(authentication)));
	}
}

package org.regiolab.events.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventCalendar;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Events as iCalendar files to download, and feeds to subscribe to; anonymous callers get public events only. */
@Controller
class EventCalendarController {

	private final EventCalendar calendar;

	EventCalendarController(EventCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/events/{id}/calendar.ics")
	ResponseEntity<byte[]> event(@PathVariable UUID id, @Nullable Authentication authentication) {
		return file(calendar.event(id, Roles.signedIn(authentication)));
	}

	@GetMapping("/calendar/events.ics")
	ResponseEntity<byte[]> publicEvents() {
		return file(calendar.publicEvents());
	}

	@GetMapping("/calendar/alliances/{id}.ics")
	ResponseEntity<byte[]> publicEventsOf(@PathVariable UUID id) {
		return file(calendar.publicEventsOf(id));
	}

	static ResponseEntity<byte[]> file(byte[] calendarFile) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(EventCalendar.MEDIA_TYPE)).body(calendarFile);
	}
}

package org.regiolab.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.jspecify.annotations.Nullable;
import org.regiolab.platform.TimeConfiguration;

/**
 * Writes iCalendar files (RFC 5545) with ical4j, for event downloads, feeds and the invitations to
 * consultation slots alike. Times carry the TZID Europe/Berlin with its VTIMEZONE, so that a
 * calendar shows 10:00 for an event at 10:00 German time whatever zone it runs in.
 */
final class CalendarFiles {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private static final VTimeZone BERLIN = TimeZoneRegistryFactory.getInstance()
		.createRegistry()
		.getTimeZone(TimeConfiguration.ZONE.getId())
		.getVTimeZone();

	/** One appointment; {@code uid} stays the same for the same thing, so that calendars update it instead of adding it. */
	record Entry(String uid, OffsetDateTime startsAt, OffsetDateTime endsAt, String summary, @Nullable String description,
			@Nullable String location, @Nullable String url) {
	}

	private CalendarFiles() {
	}

	/** A file to download or subscribe to. */
	static byte[] publish(List<Entry> entries) {
		Calendar calendar = calendar(ImmutableMethod.PUBLISH);
		entries.forEach(entry -> calendar.add(event(entry)));
		return write(calendar);
	}

	/** An invitation from the organizer to the attendee, both mail addresses. */
	static byte[] request(Entry entry, String organizer, String attendee) {
		VEvent event = event(entry);
		event.add(new Organizer(URI.create("mailto:" + organizer)));
		event.add(new Attendee(URI.create("mailto:" + attendee)));
		Calendar calendar = calendar(ImmutableMethod.REQUEST);
		calendar.add(event);
		return write(calendar);
	}

	private static Calendar calendar(Method method) {
		return new Calendar().withProdId("-//RegioLab//Events//DE")
			.withDefaults()
			.withProperty(method)
			.withComponent(BERLIN)
			.getFluentTarget();
	}

	private static VEvent event(Entry entry) {
		VEvent event = new VEvent(entry.startsAt().atZoneSameInstant(TimeConfiguration.ZONE),
				entry.endsAt().atZoneSameInstant(TimeConfiguration.ZONE), entry.summary());
		event.add(new Uid(entry.uid()));
		if (entry.description() != null) {
			event.add(new Description(entry.description()));
		}
		if (entry.location() != null) {
			event.add(new Location(entry.location()));
		}
		if (entry.url() != null) {
			event.add(new Url(URI.create(entry.url())));
		}
		return event;
	}

	private static byte[] write(Calendar calendar) {
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}
}

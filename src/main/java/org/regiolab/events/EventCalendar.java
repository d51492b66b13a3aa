package org.regiolab.events;

import java.util.List;
import java.util.UUID;

import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events as iCalendar files: one event to download, and the feeds of all public events and of one
 * alliance's public events to subscribe to.
 */
@Service
@Transactional(readOnly = true)
public class EventCalendar {

	/** The content type of the files, as the HTTP answer announces it. */
	public static final String MEDIA_TYPE = CalendarFiles.MEDIA_TYPE;

	private static final String SELECT = """
			select id, title, description, starts_at, ends_at, location, online_url from event""";

	private final JdbcClient jdbc;
	private final EventRegistry events;
	private final NetworkDirectory network;

	EventCalendar(JdbcClient jdbc, EventRegistry events, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.events = events;
		this.network = network;
	}

	/**
	 * One event as a file.
	 * @param signedIn whether the caller is signed in; members-only events are for them alone
	 * @throws AccessDeniedException for a members-only event and an anonymous caller
	 */
	public byte[] event(UUID id, boolean signedIn) {
		EventView event = events.load(id);
		if (!event.data().isPublic() && !signedIn) {
			throw new AccessDeniedException("Event " + id + " is for members only");
		}
		EventData data = event.data();
		return CalendarFiles.publish(List.of(new CalendarFiles.Entry(uid(event.id()), data.startsAt(), data.endsAt(),
				data.title(), data.description(), data.location(), data.onlineUrl())));
	}

	public byte[] publicEvents() {
		return CalendarFiles.publish(jdbc.sql(SELECT + " where public order by starts_at, id").query(this::entry).list());
	}

	/** @throws NotFoundException if there is no such alliance */
	public byte[] publicEventsOf(UUID alliance) {
		if (network.allianceNames(List.of(alliance)).isEmpty()) {
			throw NotFoundException.of("alliance", alliance);
		}
		return CalendarFiles.publish(jdbc.sql(SELECT + " where public and alliance = ? order by starts_at, id")
			.param(alliance)
			.query(this::entry)
			.list());
	}

	private CalendarFiles.Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CalendarFiles.Entry(uid(rs.getObject("id", UUID.class)), EventRegistry.local(rs, "starts_at"),
				EventRegistry.local(rs, "ends_at"), rs.getString("title"), rs.getString("description"),
				rs.getString("location"), rs.getString("online_url"));
	}

	static String uid(UUID event) {
		return "event-" + event + "@regiolab";
	}
}

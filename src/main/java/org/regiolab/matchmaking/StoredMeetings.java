package org.regiolab.matchmaking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meetings of a speed dating as stored: the draft, and the published copy. */
@Component
class StoredMeetings {

	/** A meeting; its people are registration ids. */
	record StoredMeeting(UUID id, int round, int table, List<UUID> participants, boolean pinned) {

		StoredMeeting {
			participants = List.copyOf(participants);
		}

		boolean seats(UUID person) {
			return participants.contains(person);
		}
	}

	private final JdbcClient jdbc;

	StoredMeetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredMeeting> of(UUID event, boolean published) {
		return jdbc.sql("""
				select id, round, table_number, participants, pinned from matchmaking_meeting
				where event = ? and published = ? order by round, table_number""")
			.params(event, published)
			.query(StoredMeetings::row)
			.list();
	}

	@Nullable StoredMeeting find(UUID event, UUID meeting) {
		return jdbc.sql("""
				select id, round, table_number, participants, pinned from matchmaking_meeting
				where event = ? and id = ? and not published""")
			.params(event, meeting)
			.query(StoredMeetings::row)
			.optional()
			.orElse(null);
	}

	void replaceDraft(UUID event, List<StoredMeeting> meetings) {
		jdbc.sql("delete from matchmaking_meeting where event = ? and not published").param(event).update();
		for (StoredMeeting meeting : meetings) {
			jdbc.sql("""
					insert into matchmaking_meeting (id, event, published, round, table_number, participants, pinned)
					values (?, ?, false, ?, ?, ?, ?)""")
				.params(meeting.id(), event, meeting.round(), meeting.table(), meeting.participants().toArray(UUID[]::new),
						meeting.pinned())
				.update();
		}
	}

	void update(StoredMeeting meeting) {
		jdbc.sql("update matchmaking_meeting set participants = ?, pinned = ? where id = ?")
			.params(meeting.participants().toArray(UUID[]::new), meeting.pinned(), meeting.id())
			.update();
	}

	void delete(UUID meeting) {
		jdbc.sql("delete from matchmaking_meeting where id = ?").param(meeting).update();
	}

	/** The draft becomes what the participants see; the draft stays for further changes. */
	void publish(UUID event) {
		jdbc.sql("delete from matchmaking_meeting where event = ? and published").param(event).update();
		jdbc.sql("""
				insert into matchmaking_meeting (id, event, published, round, table_number, participants, pinned)
				select gen_random_uuid(), event, true, round, table_number, participants, pinned
				from matchmaking_meeting where event = ? and not published""")
			.param(event)
			.update();
	}

	private static StoredMeeting row(ResultSet rs, int row) throws SQLException {
		return new StoredMeeting(rs.getObject("id", UUID.class), rs.getInt("round"), rs.getInt("table_number"),
				Arrays.asList((UUID[]) rs.getArray("participants").getArray()), rs.getBoolean("pinned"));
	}
}

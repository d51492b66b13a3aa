package org.regiolab.events;

import java.util.List;

import org.regiolab.events.SessionResults.SessionResult;

/**
 * A session of the programme with the pitches that open its discussion, as the network meeting's
 * labs »Hereinspaziert« and »Hiergeblieben« ran in parallel tracks.
 */
public record CreativeLab(SessionResult session, List<Pitch> pitches) {

	/** Every session in programme order, those without pitches too, each with its pitches in the order they came. */
	public static List<CreativeLab> group(List<SessionResult> sessions, List<Pitch> pitches) {
		return sessions.stream()
			.map(session -> new CreativeLab(session,
					pitches.stream().filter(pitch -> pitch.data().session().equals(session.session())).toList()))
			.toList();
	}
}

package org.regiolab.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invitation as answering needs it: its survey, whether it was answered, and its organisation's
 * kind, sector and region when invited, which its response keeps for the filters.
 */
record Invitation(UUID id, UUID survey, boolean answered, @Nullable UUID organisation, @Nullable String kind,
		@Nullable String sector, @Nullable String region) {

	/** The columns {@link #of} reads, from {@code survey_invitation i}. */
	static final String COLUMNS = "i.id as invitation, i.survey, i.answered, i.organisation, i.kind, i.sector, i.region";

	/** The invitation of a row with {@link #COLUMNS}; null if the row has none (a device's link). */
	static @Nullable Invitation of(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("invitation", UUID.class);
		return id == null ? null : new Invitation(id, rs.getObject("survey", UUID.class), rs.getBoolean("answered"),
				rs.getObject("organisation", UUID.class), rs.getString("kind"), rs.getString("sector"), rs.getString("region"));
	}
}

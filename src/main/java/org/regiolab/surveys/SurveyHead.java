package org.regiolab.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What storing a response needs of its survey, without its texts, its owner and its questions: the
 * questions change only with the version, and {@link SurveyDefinitions} keeps them parsed per version.
 */
record SurveyHead(UUID id, boolean anonymous, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn, long version) {

	/** The columns {@link #of} reads, from {@code survey s}. */
	static final String COLUMNS = "s.id as survey, s.anonymous, s.opens_on, s.closes_on, s.version";

	static SurveyHead of(ResultSet rs, int row) throws SQLException {
		return new SurveyHead(rs.getObject("survey", UUID.class), rs.getBoolean("anonymous"), rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class), rs.getLong("version"));
	}

	boolean isOpenOn(LocalDate day) {
		return SurveyDates.isOpen(opensOn, closesOn, day);
	}
}

package org.regiolab.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A filter's days are whole days in Berlin: from its first midnight to the midnight after the last day. */
class FeedbackDaysTest {

	@Test
	void theFirstDayBeginsAtMidnightInBerlin() {
		MapSqlParameterSource days = days(LocalDate.of(2026, 11, 1), null);
		assertThat(days.getValue("from")).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00+01:00"));
	}

	@Test
	void theLastDayEndsAtTheNextMidnightInBerlin() {
		MapSqlParameterSource days = days(null, LocalDate.of(2026, 7, 31));
		assertThat(days.getValue("to")).isEqualTo(OffsetDateTime.parse("2026-08-01T00:00+02:00"));
	}

	@Test
	void noDaysMeanNoBounds() {
		MapSqlParameterSource days = days(null, null);
		assertThat(days.getValue("from")).isNull();
		assertThat(days.getValue("to")).isNull();
	}

	private static MapSqlParameterSource days(LocalDate from, LocalDate to) {
		return FeedbackRecords.days(new MapSqlParameterSource(), from, to, TimeConfiguration.ZONE);
	}
}

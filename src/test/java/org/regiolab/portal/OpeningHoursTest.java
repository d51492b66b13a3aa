package org.regiolab.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiolab.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening hours as people type them, and what they mean at a given moment in Bottrop. */
class OpeningHoursTest {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final PublicHolidays NRW = new PublicHolidays("NW");

	@Test
	void readsSchemaOrgAndGermanDayNamesAndWritesTheCanonicalForm() {
		OpeningHours hours = OpeningHours.parse("Mo-Mi 08:00-12:00, 14:00-18:00\nDo,Fr 8.30-18.00; So 10:00-12:00");
		assertThat(hours.on(DayOfWeek.TUESDAY)).hasSize(2);
		assertThat(hours.on(DayOfWeek.SATURDAY)).isEmpty();
		assertThat(hours.text()).startsWith("Mo 08:00-12:00; Mo 14:00-18:00; Tu 08:00-12:00")
			.contains("Th 08:30-18:00; Fr 08:30-18:00; Su 10:00-12:00");
		assertThat(OpeningHours.parse(hours.text())).isEqualTo(hours);
	}

	@Test
	void aTimePastMidnightEndsOnTheNextDay() {
		OpeningHours bar = OpeningHours.parse("Sa 20:00-02:00");
		assertThat(bar.on(DayOfWeek.SATURDAY)).containsExactly(new OpeningHours.Span(DayOfWeek.SATURDAY, 1200, 1440));
		assertThat(bar.on(DayOfWeek.SUNDAY)).containsExactly(new OpeningHours.Span(DayOfWeek.SUNDAY, 0, 120));
	}

	@Test
	void nonsenseIsRefusedWithTheField() {
		for (String text : List.of("immer", "Mo 25:00-26:00", "Xy 08:00-10:00", "Mo 08:00-08:00", "Mo 8-18", "Fr 24:00-00:30", "x".repeat(600))) {
			assertThatThrownBy(() -> OpeningHours.parse(text)).as(text).isInstanceOf(InvalidInputException.class)
				.extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("openingHours");
		}
		assertThat(OpeningHours.parse("  ").isEmpty()).isTrue();
	}

	@Test
	void saysHeuteGeoeffnetBisAndKnowsClosuresAndPublicHolidays() {
		OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-12:00, 14:00-18:00");
		ZonedDateTime tuesdayMorning = at(2026, 12, 1, 9, 30);
		assertThat(OpeningStatus.at(tuesdayMorning, hours, List.of(), true, NRW))
			.isEqualTo(new OpeningStatus(OpeningStatus.State.OPEN, "12:00", null));
		assertThat(OpeningStatus.at(at(2026, 12, 1, 12, 30), hours, List.of(), true, NRW))
			.isEqualTo(new OpeningStatus(OpeningStatus.State.OPENS_LATER, "14:00", null));
		assertThat(OpeningStatus.at(at(2026, 12, 1, 18, 0), hours, List.of(), true, NRW).state())
			.isEqualTo(OpeningStatus.State.CLOSED_TODAY);
		assertThat(OpeningStatus.at(tuesdayMorning, hours,
				List.of(new Closure(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4), "Betriebsferien")), true, NRW))
			.isEqualTo(new OpeningStatus(OpeningStatus.State.CLOSURE, null, "Betriebsferien"));
		// Allerheiligen is a holiday in North Rhine-Westphalia, not in Lower Saxony
		ZonedDateTime allSaints = at(2027, 11, 1, 9, 30);
		assertThat(OpeningStatus.at(allSaints, hours, List.of(), true, NRW).state()).isEqualTo(OpeningStatus.State.HOLIDAY);
		assertThat(OpeningStatus.at(allSaints, hours, List.of(), true, new PublicHolidays("NI")).open()).isTrue();
		assertThat(OpeningStatus.at(allSaints, hours, List.of(), false, NRW).open()).isTrue();
		assertThat(OpeningStatus.at(allSaints, OpeningHours.none(), List.of(), true, NRW).state())
			.isEqualTo(OpeningStatus.State.UNKNOWN);
	}

	@Test
	void aPageShowingTheStatusMayBeKeptUntilTheNextOpeningOrClosingTimeOrMidnight() {
		OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-12:00, 14:00-18:00");
		assertThat(OpeningStatus.nextChange(at(2026, 12, 1, 9, 30), hours)).isEqualTo(at(2026, 12, 1, 12, 0));
		assertThat(OpeningStatus.nextChange(at(2026, 12, 1, 12, 0), hours)).isEqualTo(at(2026, 12, 1, 14, 0));
		assertThat(OpeningStatus.nextChange(at(2026, 12, 1, 7, 59), hours)).isEqualTo(at(2026, 12, 1, 8, 0));
		assertThat(OpeningStatus.nextChange(at(2026, 12, 1, 18, 0), hours)).isEqualTo(at(2026, 12, 2, 0, 0));
		// Saturday has no hours: the status holds until the closures and holidays of Sunday may change it
		assertThat(OpeningStatus.nextChange(at(2026, 12, 5, 10, 0), hours)).isEqualTo(at(2026, 12, 6, 0, 0));
		// a bar open past midnight closes at 02:00 on Sunday
		assertThat(OpeningStatus.nextChange(at(2026, 12, 6, 1, 0), OpeningHours.parse("Sa 20:00-02:00")))
			.isEqualTo(at(2026, 12, 6, 2, 0));
	}

	@Test
	void easterAndTheHolidaysThatFollowIt() {
		assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(NRW.isHoliday(LocalDate.of(2026, 4, 3))).as("Karfreitag").isTrue();
		assertThat(NRW.isHoliday(LocalDate.of(2026, 6, 4))).as("Fronleichnam").isTrue();
		assertThat(new PublicHolidays("BE").isHoliday(LocalDate.of(2026, 6, 4))).isFalse();
		assertThat(new PublicHolidays("SN").isHoliday(LocalDate.of(2026, 11, 18))).as("Buß- und Bettag").isTrue();
		assertThat(NRW.isHoliday(LocalDate.of(2026, 12, 2))).isFalse();
	}

	private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN);
	}
}

package org.regiolab.matchmaking.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.matchmaking.SpeedDatingSettings;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.format.annotation.DateTimeFormat;

/** The organisers' settings of a speed dating; the start is local German time as the browser sends it. */
class SettingsForm {

	@NotNull
	@Min(1)
	@Max(SpeedDatingSettings.MAX_ROUNDS)
	private @Nullable Integer rounds;

	@Min(1)
	@Max(1000)
	private @Nullable Integer tables;

	@NotNull
	@Min(1)
	@Max(120)
	private @Nullable Integer roundMinutes;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private @Nullable LocalDateTime startsAt;

	@NotNull
	@Min(0)
	@Max(60)
	private @Nullable Integer changeoverMinutes;

	/** the rounds after which a break follows, as "2, 4" */
	@Size(max = 200)
	@Pattern(regexp = "[\\d ,;]*")
	private @Nullable String breakAfter;

	@Min(0)
	@Max(240)
	private @Nullable Integer breakMinutes;

	private boolean allowTriples;

	static SettingsForm of(SpeedDatingSettings settings) {
		SettingsForm form = new SettingsForm();
		form.rounds = settings.rounds();
		form.tables = settings.tables();
		form.roundMinutes = settings.roundMinutes();
		form.startsAt = settings.startsAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDateTime();
		form.changeoverMinutes = settings.changeoverMinutes();
		form.breakAfter = settings.breakAfter().stream().map(String::valueOf).collect(Collectors.joining(", "));
		form.breakMinutes = settings.breakMinutes();
		form.allowTriples = settings.allowTriples();
		return form;
	}

	/** The settings of a valid form. */
	SpeedDatingSettings toSettings() {
		List<Integer> after = new ArrayList<>();
		for (String part : (breakAfter == null ? "" : breakAfter).split("[ ,;]+")) {
			if (!part.isBlank()) {
				// a number too long for an int is no round either; the settings' check says so at the field
				after.add(part.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(part));
			}
		}
		return new SpeedDatingSettings(rounds, tables, roundMinutes,
				startsAt.atZone(TimeConfiguration.ZONE).toOffsetDateTime(), changeoverMinutes, after,
				breakMinutes == null ? 0 : breakMinutes, allowTriples);
	}

	public @Nullable Integer getRounds() {
		return rounds;
	}

	public void setRounds(@Nullable Integer rounds) {
		this.rounds = rounds;
	}

	public @Nullable Integer getTables() {
		return tables;
	}

	public void setTables(@Nullable Integer tables) {
		this.tables = tables;
	}

	public @Nullable Integer getRoundMinutes() {
		return roundMinutes;
	}

	public void setRoundMinutes(@Nullable Integer roundMinutes) {
		this.roundMinutes = roundMinutes;
	}

	public @Nullable LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(@Nullable LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public @Nullable Integer getChangeoverMinutes() {
		return changeoverMinutes;
	}

	public void setChangeoverMinutes(@Nullable Integer changeoverMinutes) {
		this.changeoverMinutes = changeoverMinutes;
	}

	public @Nullable String getBreakAfter() {
		return breakAfter;
	}

	public void setBreakAfter(@Nullable String breakAfter) {
		this.breakAfter = breakAfter;
	}

	public @Nullable Integer getBreakMinutes() {
		return breakMinutes;
	}

	public void setBreakMinutes(@Nullable Integer breakMinutes) {
		this.breakMinutes = breakMinutes;
	}

	public boolean isAllowTriples() {
		return allowTriples;
	}

	public void setAllowTriples(boolean allowTriples) {
		this.allowTriples = allowTriples;
	}
}

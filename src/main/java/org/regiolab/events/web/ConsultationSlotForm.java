package org.regiolab.events.web;

import java.time.LocalDateTime;
import java.util.Arrays;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.SlotData;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.format.annotation.DateTimeFormat;

/** The form an expert offers a slot with; topics separated by commas. */
class ConsultationSlotForm {

	@NotNull
	@DateTimeFormat(pattern = "dd.MM.yyyy HH:mm")
	private @Nullable LocalDateTime startsAt;

	@NotNull
	@Min(15)
	@Max(480)
	private @Nullable Integer minutes = 30;

	@Size(max = 2000)
	private String topics = "";

	private boolean online;

	@Size(max = 500)
	private @Nullable String location;

	@Size(max = 1000)
	private @Nullable String onlineUrl;

	SlotData toData() {
		return new SlotData(startsAt.atZone(TimeConfiguration.ZONE).toOffsetDateTime(), minutes,
				Arrays.stream(topics.split(",")).map(String::strip).filter(topic -> !topic.isEmpty()).toList(), online,
				location, onlineUrl);
	}

	public @Nullable LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(@Nullable LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public @Nullable Integer getMinutes() {
		return minutes;
	}

	public void setMinutes(@Nullable Integer minutes) {
		this.minutes = minutes;
	}

	public String getTopics() {
		return topics;
	}

	public void setTopics(@Nullable String topics) {
		this.topics = topics == null ? "" : topics;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}

	public @Nullable String getLocation() {
		return location;
	}

	public void setLocation(@Nullable String location) {
		this.location = location;
	}

	public @Nullable String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(@Nullable String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}
}

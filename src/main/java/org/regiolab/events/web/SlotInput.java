package org.regiolab.events.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.SlotData;

/** A consultation slot as the API takes it; {@code startsAt} as 2026-11-22T10:00:00+01:00. */
record SlotInput(@NotNull OffsetDateTime startsAt, @NotNull @Min(15) @Max(480) Integer minutes,
		@Nullable @Size(max = 20) List<@NotBlank @Size(max = 200) String> topics, boolean online,
		@Nullable @Size(max = 500) String location, @Nullable @Size(max = 1000) String onlineUrl) {

	SlotData toData() {
		return new SlotData(startsAt, minutes, topics == null ? List.of() : topics, online, location, onlineUrl);
	}
}

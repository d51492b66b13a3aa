package org.regiolab.events.web;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.EventData;
import org.regiolab.events.EventKind;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.EventView;
import org.regiolab.events.Recurrence;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.format.annotation.DateTimeFormat;

/** The event form; times are local German time as the browser's date-and-time fields send them. */
class EventForm {

	static final String LOCAL = "yyyy-MM-dd'T'HH:mm";

	@NotBlank
	@Size(max = 300)
	private String title = "";

	@NotNull
	private EventKind kind = EventKind.NETWORK_MEETING;

	@Size(max = 20000)
	private @Nullable String description;

	@NotNull
	@DateTimeFormat(pattern = LOCAL)
	private @Nullable LocalDateTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = LOCAL)
	private @Nullable LocalDateTime endsAt;

	@Size(max = 500)
	private @Nullable String location;

	@Size(max = 1000)
	@Pattern(regexp = "|https?://\\S+")
	private @Nullable String onlineUrl;

	private @Nullable UUID allianceId;

	private @Nullable UUID labId;

	private boolean isPublic = true;

	@Min(1)
	@Max(100000)
	private @Nullable Integer capacity;

	@DateTimeFormat(pattern = LOCAL)
	private @Nullable LocalDateTime registrationOpensAt;

	@DateTimeFormat(pattern = LOCAL)
	private @Nullable LocalDateTime registrationClosesAt;

	private @Nullable UUID fundingProgrammeId;

	@Size(max = 30000)
	private @Nullable String programme;

	private @Nullable Recurrence recurrence;

	@Min(1)
	@Max(EventRegistry.MAX_SERIES)
	private @Nullable Integer occurrences;

	static EventForm of(EventView event) {
		EventData data = event.data();
		EventForm form = new EventForm();
		form.title = data.title();
		form.kind = data.kind();
		form.description = data.description();
		form.startsAt = data.startsAt().toLocalDateTime();
		form.endsAt = data.endsAt().toLocalDateTime();
		form.location = data.location();
		form.onlineUrl = data.onlineUrl();
		form.allianceId = data.alliance();
		form.labId = data.lab();
		form.isPublic = data.isPublic();
		form.capacity = data.capacity();
		form.registrationOpensAt = data.registrationOpensAt() == null ? null : data.registrationOpensAt().toLocalDateTime();
		form.registrationClosesAt = data.registrationClosesAt() == null ? null
				: data.registrationClosesAt().toLocalDateTime();
		form.fundingProgrammeId = data.fundingProgramme();
		form.programme = ProgrammeLines.format(data.sessions(), data.startsAt().toLocalDate());
		return form;
	}

	/** Only called once validation has passed, so the required times are there. */
	@SuppressWarnings("NullAway")
	EventData toData() {
		return new EventData(title, kind, description, zoned(startsAt), zoned(endsAt), location, onlineUrl, allianceId, labId,
				isPublic, capacity, registrationOpensAt == null ? null : zoned(registrationOpensAt),
				registrationClosesAt == null ? null : zoned(registrationClosesAt), fundingProgrammeId,
				ProgrammeLines.parse(programme, startsAt.toLocalDate()));
	}

	private static java.time.OffsetDateTime zoned(LocalDateTime time) {
		return time.atZone(TimeConfiguration.ZONE).toOffsetDateTime();
	}

	// accessors for data binding

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public EventKind getKind() { return kind; }
	public void setKind(EventKind kind) { this.kind = kind; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public @Nullable LocalDateTime getStartsAt() { return startsAt; }
	public void setStartsAt(@Nullable LocalDateTime startsAt) { this.startsAt = startsAt; }
	public @Nullable LocalDateTime getEndsAt() { return endsAt; }
	public void setEndsAt(@Nullable LocalDateTime endsAt) { this.endsAt = endsAt; }
	public @Nullable String getLocation() { return location; }
	public void setLocation(@Nullable String location) { this.location = location; }
	public @Nullable String getOnlineUrl() { return onlineUrl; }
	public void setOnlineUrl(@Nullable String onlineUrl) { this.onlineUrl = onlineUrl; }
	public @Nullable UUID getAllianceId() { return allianceId; }
	public void setAllianceId(@Nullable UUID allianceId) { this.allianceId = allianceId; }
	public @Nullable UUID getLabId() { return labId; }
	public void setLabId(@Nullable UUID labId) { this.labId = labId; }
	public boolean isOpenToPublic() { return isPublic; }
	public void setOpenToPublic(boolean isPublic) { this.isPublic = isPublic; }
	public @Nullable Integer getCapacity() { return capacity; }
	public void setCapacity(@Nullable Integer capacity) { this.capacity = capacity; }
	public @Nullable LocalDateTime getRegistrationOpensAt() { return registrationOpensAt; }
	public void setRegistrationOpensAt(@Nullable LocalDateTime at) { this.registrationOpensAt = at; }
	public @Nullable LocalDateTime getRegistrationClosesAt() { return registrationClosesAt; }
	public void setRegistrationClosesAt(@Nullable LocalDateTime at) { this.registrationClosesAt = at; }
	public @Nullable UUID getFundingProgrammeId() { return fundingProgrammeId; }
	public void setFundingProgrammeId(@Nullable UUID fundingProgrammeId) { this.fundingProgrammeId = fundingProgrammeId; }
	public @Nullable String getProgramme() { return programme; }
	public void setProgramme(@Nullable String programme) { this.programme = programme; }
	public @Nullable Recurrence getRecurrence() { return recurrence; }
	public void setRecurrence(@Nullable Recurrence recurrence) { this.recurrence = recurrence; }
	public @Nullable Integer getOccurrences() { return occurrences; }
	public void setOccurrences(@Nullable Integer occurrences) { this.occurrences = occurrences; }
}

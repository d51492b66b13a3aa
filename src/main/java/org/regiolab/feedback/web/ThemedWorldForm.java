package org.regiolab.feedback.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.ThemedWorldData;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The themed-world form: what it shows, when, and what its reports print at the foot. */
class ThemedWorldForm {

	@NotBlank
	@Size(max = 300)
	private String title = "";

	@Size(max = 20000)
	private @Nullable String description;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private @Nullable LocalDate startsOn;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private @Nullable LocalDate endsOn;

	@Size(max = 2000)
	private @Nullable String reportNotice;

	private List<UUID> fundingProgrammeIds = new ArrayList<>();

	static ThemedWorldForm of(ThemedWorldData data) {
		ThemedWorldForm form = new ThemedWorldForm();
		form.title = data.title();
		form.description = data.description();
		form.startsOn = data.startsOn();
		form.endsOn = data.endsOn();
		form.reportNotice = data.reportNotice();
		form.fundingProgrammeIds = new ArrayList<>(data.fundingProgrammes());
		return form;
	}

	/** Only once the form is valid: the dates are there then. */
	ThemedWorldData toData() {
		return new ThemedWorldData(title, description, startsOn, endsOn, reportNotice, fundingProgrammeIds);
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public @Nullable LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(@Nullable LocalDate startsOn) { this.startsOn = startsOn; }
	public @Nullable LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(@Nullable LocalDate endsOn) { this.endsOn = endsOn; }
	public @Nullable String getReportNotice() { return reportNotice; }
	public void setReportNotice(@Nullable String reportNotice) { this.reportNotice = reportNotice; }
	public List<UUID> getFundingProgrammeIds() { return fundingProgrammeIds; }
	public void setFundingProgrammeIds(List<UUID> fundingProgrammeIds) { this.fundingProgrammeIds = fundingProgrammeIds; }
}

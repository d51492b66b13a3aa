package org.regiolab.surveys.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.SurveyData;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.Text;

import org.springframework.format.annotation.DateTimeFormat;

/** The survey form's fields: everything but the questions, which have a form of their own. */
class SurveyForm {

	private @Nullable UUID allianceId;

	private @Nullable UUID labId;

	@NotBlank
	@Size(max = 300)
	private String titleDe = "";

	@Size(max = 300)
	private @Nullable String titleEn;

	@Size(max = 5000)
	private @Nullable String introDe;

	@Size(max = 5000)
	private @Nullable String introEn;

	@Size(max = 5000)
	private @Nullable String closingDe;

	@Size(max = 5000)
	private @Nullable String closingEn;

	private boolean anonymous;

	private boolean openLink;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate opensOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate closesOn;

	@Min(1)
	@Max(60)
	private @Nullable Integer reminderDays;

	private @Nullable UUID eventId;

	static SurveyForm of(SurveyData data) {
		SurveyForm form = new SurveyForm();
		form.allianceId = data.alliance();
		form.labId = data.lab();
		form.titleDe = data.title().de();
		form.titleEn = data.title().en();
		form.introDe = data.intro() == null ? null : data.intro().de();
		form.introEn = data.intro() == null ? null : data.intro().en();
		form.closingDe = data.closing() == null ? null : data.closing().de();
		form.closingEn = data.closing() == null ? null : data.closing().en();
		form.anonymous = data.anonymous();
		form.openLink = data.openLink();
		form.opensOn = data.opensOn();
		form.closesOn = data.closesOn();
		form.reminderDays = data.reminderDays();
		form.eventId = data.event();
		return form;
	}

	SurveyData toData(SurveyDefinition questions) {
		return new SurveyData(allianceId, labId, new Text(titleDe, titleEn), text(introDe, introEn), text(closingDe, closingEn),
				anonymous, openLink, opensOn, closesOn, reminderDays, eventId, questions);
	}

	private static @Nullable Text text(@Nullable String de, @Nullable String en) {
		return de == null ? null : new Text(de, en);
	}

	public @Nullable UUID getAllianceId() {
		return allianceId;
	}

	public void setAllianceId(@Nullable UUID allianceId) {
		this.allianceId = allianceId;
	}

	public @Nullable UUID getLabId() {
		return labId;
	}

	public void setLabId(@Nullable UUID labId) {
		this.labId = labId;
	}

	public String getTitleDe() {
		return titleDe;
	}

	public void setTitleDe(String titleDe) {
		this.titleDe = titleDe;
	}

	public @Nullable String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(@Nullable String titleEn) {
		this.titleEn = titleEn;
	}

	public @Nullable String getIntroDe() {
		return introDe;
	}

	public void setIntroDe(@Nullable String introDe) {
		this.introDe = introDe;
	}

	public @Nullable String getIntroEn() {
		return introEn;
	}

	public void setIntroEn(@Nullable String introEn) {
		this.introEn = introEn;
	}

	public @Nullable String getClosingDe() {
		return closingDe;
	}

	public void setClosingDe(@Nullable String closingDe) {
		this.closingDe = closingDe;
	}

	public @Nullable String getClosingEn() {
		return closingEn;
	}

	public void setClosingEn(@Nullable String closingEn) {
		this.closingEn = closingEn;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public boolean isOpenLink() {
		return openLink;
	}

	public void setOpenLink(boolean openLink) {
		this.openLink = openLink;
	}

	public @Nullable LocalDate getOpensOn() {
		return opensOn;
	}

	public void setOpensOn(@Nullable LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public @Nullable LocalDate getClosesOn() {
		return closesOn;
	}

	public void setClosesOn(@Nullable LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public @Nullable Integer getReminderDays() {
		return reminderDays;
	}

	public void setReminderDays(@Nullable Integer reminderDays) {
		this.reminderDays = reminderDays;
	}

	public @Nullable UUID getEventId() {
		return eventId;
	}

	public void setEventId(@Nullable UUID eventId) {
		this.eventId = eventId;
	}
}

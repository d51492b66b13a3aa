package org.regiolab.surveys.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.InterviewData;

import org.springframework.format.annotation.DateTimeFormat;

/** The page's form for an interview: who, when, by whom, and the notes per question of the guide. */
public class InterviewForm {

	@NotBlank
	@Size(max = 200)
	private @Nullable String label;

	private @Nullable UUID organizationId;

	private @Nullable UUID personId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate interviewedOn;

	@NotBlank
	@Size(max = 200)
	private @Nullable String interviewer;

	private boolean invented;

	private Map<UUID, @Size(max = 100_000) String> answers = new LinkedHashMap<>();

	static InterviewForm of(InterviewData data) {
		InterviewForm form = new InterviewForm();
		form.label = data.label();
		form.organizationId = data.organisation();
		form.personId = data.person();
		form.interviewedOn = data.interviewedOn();
		form.interviewer = data.interviewer();
		form.invented = data.invented();
		form.answers = new LinkedHashMap<>(data.answers());
		return form;
	}

	InterviewData toData() {
		return new InterviewData(label, organizationId, personId, interviewedOn, interviewer, invented, answers);
	}

	public @Nullable String getLabel() {
		return label;
	}

	public void setLabel(@Nullable String label) {
		this.label = label;
	}

	public @Nullable UUID getOrganizationId() {
		return organizationId;
	}

	public void setOrganizationId(@Nullable UUID organizationId) {
		this.organizationId = organizationId;
	}

	public @Nullable UUID getPersonId() {
		return personId;
	}

	public void setPersonId(@Nullable UUID personId) {
		this.personId = personId;
	}

	public @Nullable LocalDate getInterviewedOn() {
		return interviewedOn;
	}

	public void setInterviewedOn(@Nullable LocalDate interviewedOn) {
		this.interviewedOn = interviewedOn;
	}

	public @Nullable String getInterviewer() {
		return interviewer;
	}

	public void setInterviewer(@Nullable String interviewer) {
		this.interviewer = interviewer;
	}

	public boolean isInvented() {
		return invented;
	}

	public void setInvented(boolean invented) {
		this.invented = invented;
	}

	public Map<UUID, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<UUID, String> answers) {
		this.answers = answers;
	}
}

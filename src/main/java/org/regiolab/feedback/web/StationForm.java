package org.regiolab.feedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.StationData;
import org.regiolab.feedback.StationQuestion;

/** The station form: name, what it shows, the company behind it and its own questions as lines. */
class StationForm {

	@NotBlank
	@Size(max = 300)
	private String name = "";

	@Size(max = 2000)
	private @Nullable String prototype;

	private @Nullable UUID organizationId;

	private boolean systemUsabilityScale;

	@Size(max = 20000)
	private String questions = "";

	static StationForm of(StationData data) {
		StationForm form = new StationForm();
		form.name = data.name();
		form.prototype = data.prototype();
		form.organizationId = data.organisation();
		form.systemUsabilityScale = data.questions().containsAll(StationQuestion.SYSTEM_USABILITY_SCALE);
		form.questions = QuestionLines.format(data.questions().stream()
			.filter(question -> !StationQuestion.SYSTEM_USABILITY_SCALE.contains(question))
			.toList());
		return form;
	}

	/** @throws org.regiolab.platform.InvalidInputException for a question line the form cannot read */
	StationData toData() {
		List<StationQuestion> all = new ArrayList<>(QuestionLines.parse(questions));
		if (systemUsabilityScale) {
			all.addAll(StationQuestion.SYSTEM_USABILITY_SCALE);
		}
		return new StationData(name, prototype, organizationId, all);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public @Nullable String getPrototype() { return prototype; }
	public void setPrototype(@Nullable String prototype) { this.prototype = prototype; }
	public @Nullable UUID getOrganizationId() { return organizationId; }
	public void setOrganizationId(@Nullable UUID organizationId) { this.organizationId = organizationId; }
	public boolean isSystemUsabilityScale() { return systemUsabilityScale; }
	public void setSystemUsabilityScale(boolean systemUsabilityScale) { this.systemUsabilityScale = systemUsabilityScale; }
	public String getQuestions() { return questions; }
	public void setQuestions(String questions) { this.questions = questions; }
}

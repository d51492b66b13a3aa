package org.regiolab.surveys.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.InterviewGuideData;

/** The page's form for an interview guide; fields named as the API names them. */
public class InterviewGuideForm {

	@NotBlank
	@Size(max = 300)
	private @Nullable String title;

	private @Nullable UUID allianceId;

	private @Nullable UUID labId;

	static InterviewGuideForm of(InterviewGuideData data) {
		InterviewGuideForm form = new InterviewGuideForm();
		form.title = data.title();
		form.allianceId = data.alliance();
		form.labId = data.lab();
		return form;
	}

	InterviewGuideData toData() {
		return new InterviewGuideData(title, allianceId, labId);
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
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
}

package org.regiolab.surveys.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.Text;

/** The page's form for a question of an interview guide. */
public class InterviewQuestionForm {

	@NotBlank
	@Size(max = 2000)
	private @Nullable String textDe;

	@Size(max = 2000)
	private @Nullable String textEn;

	static InterviewQuestionForm of(Text text) {
		InterviewQuestionForm form = new InterviewQuestionForm();
		form.textDe = text.de();
		form.textEn = text.en();
		return form;
	}

	Text toText() {
		return new Text(textDe, textEn);
	}

	public @Nullable String getTextDe() {
		return textDe;
	}

	public void setTextDe(@Nullable String textDe) {
		this.textDe = textDe;
	}

	public @Nullable String getTextEn() {
		return textEn;
	}

	public void setTextEn(@Nullable String textEn) {
		this.textEn = textEn;
	}
}

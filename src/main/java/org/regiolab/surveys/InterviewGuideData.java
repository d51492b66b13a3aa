package org.regiolab.surveys;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an interview guide is: its title and whom it belongs to, an alliance or a lab (exactly one).
 */
public record InterviewGuideData(String title, @Nullable UUID alliance, @Nullable UUID lab) {

	public InterviewGuideData {
		title = title == null ? "" : title.strip();
	}
}

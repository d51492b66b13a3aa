package org.regiolab.feedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.StationData;
import org.regiolab.feedback.StationQuestion;

/**
 * A station as the API takes it.
 * @param systemUsabilityScale adds the ten statements of the System Usability Scale to the questions
 */
record StationInput(@NotBlank @Size(max = 300) String name, @Nullable @Size(max = 2000) String prototype,
		@Nullable UUID organizationId, @Nullable @Size(max = 20) List<StationQuestion> questions,
		@Nullable Boolean systemUsabilityScale) {

	StationData toData() {
		List<StationQuestion> all = new ArrayList<>(questions == null ? List.of() : questions);
		if (Boolean.TRUE.equals(systemUsabilityScale)) {
			all.addAll(StationQuestion.SYSTEM_USABILITY_SCALE);
		}
		return new StationData(name, prototype, organizationId, all);
	}
}

package org.regiolab.surveys;

import java.util.List;
import java.util.UUID;

import org.regiolab.network.PersonRecords;

import org.springframework.stereotype.Component;

/** A person's export lists the interviews held with them, with their notes and codings. */
@Component
class InterviewsOfPerson implements PersonRecords {

	private final Interviews interviews;

	InterviewsOfPerson(Interviews interviews) {
		this.interviews = interviews;
	}

	@Override
	public String name() {
		return "interviews";
	}

	@Override
	public List<Interview> of(UUID person) {
		return interviews.ofPerson(person);
	}
}

package org.regiolab.surveys;

import java.util.List;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

/** Interviews are members-only: their notes are personal data. */
@Component
class InterviewsNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(46, "/interviews", "nav.interviews", "nav.interviews.summary", Roles::mayEdit));
	}
}

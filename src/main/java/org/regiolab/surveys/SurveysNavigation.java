package org.regiolab.surveys;

import java.util.List;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

@Component
class SurveysNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(45, "/surveys", "nav.surveys", "nav.surveys.summary", Roles::mayEdit));
	}
}

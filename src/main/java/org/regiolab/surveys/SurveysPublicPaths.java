package org.regiolab.surveys;

import java.util.List;

import org.regiolab.platform.PublicPaths;

import org.springframework.stereotype.Component;

/** Answering needs no account: the link is the key. */
@Component
class SurveysPublicPaths implements PublicPaths {

	@Override
	public List<Paths> forEverybody() {
		return List.of(Paths.get("/umfrage/{token}", "/umfrage/offen/{link}"),
				Paths.post("/umfrage/{token}", "/api/v1/survey-responses/{token}"));
	}
}

package org.regiolab.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.accounts.AuditLog;
import org.regiolab.network.PersonData;
import org.regiolab.network.PersonRegistry;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Interview notes are personal data: the person interviewed takes them along when erased. */
@IntegrationTest
class InterviewErasureIntegrationTest {

	@Autowired
	InterviewGuides guides;

	@Autowired
	Interviews interviews;

	@Autowired
	CodeBooks codes;

	@Autowired
	Codings codings;

	@Autowired
	PersonRegistry people;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void erasingThePersonInterviewedErasesTheNotesTheCodingsAndTheLink() {
		UUID lab = jdbc.sql("select id from lab where name = 'Fachkräftesicherung'").query(UUID.class).single();
		UUID organisation = jdbc.sql("select id from organisation where name = 'Hochschule Ruhr West'").query(UUID.class).single();
		UUID person = people.create(new PersonData("Erika", "Befragt-" + UUID.randomUUID().toString().substring(0, 6), null, null,
				organisation, "Ausbildungsleitung", Set.of()));
		UUID guide = guides.create(new InterviewGuideData("Löschtest", null, lab));
		UUID question = guides.addQuestion(guide, Text.german("Was sagen Sie?"), null);
		UUID interview = interviews.create(guide, new InterviewData("Betrieb L", organisation, person, LocalDate.of(2021, 6, 1),
				"Team", false, Map.of(question, "Etwas sehr Persönliches.")));
		UUID code = codes.create(guide, new CodeData("Persönliches", CodeColour.GREY, null, null));
		codings.create(interview, new CodingData(question, code, null, null));

		assertThat(interviews.ofPerson(person)).extracting(Interview::id).containsExactly(interview);
		assertThat(interviews.load(interview).personName()).startsWith("Erika Befragt-");
		assertThat(audit.history("person:" + person)).extracting(AuditLog.Entry::action).contains("interview.linked");

		people.erase(person);

		Interview erased = interviews.load(interview);
		assertThat(erased.data().person()).isNull();
		assertThat(erased.data().answers()).isEmpty();
		assertThat(erased.codings()).isEmpty();
		assertThat(erased.erasedAt()).isNotNull();
		assertThat(erased.data().label()).isEqualTo("Betrieb L");
		assertThat(interviews.ofPerson(person)).isEmpty();
		assertThat(jdbc.sql("select count(*) from interview_answer where interview = ?").param(interview).query(Long.class).single())
			.isZero();
		assertThat(audit.history("interview:" + interview)).extracting(AuditLog.Entry::action).contains("interview.erased");
	}

	@Test
	void thePersonsExportListsTheInterviewsHeldWithThemWithTheirNotes() {
		UUID lab = jdbc.sql("select id from lab where name = 'Fachkräftesicherung'").query(UUID.class).single();
		UUID person = people.create(new PersonData("Jonas", "Auskunft-" + UUID.randomUUID().toString().substring(0, 6), null, null,
				null, null, Set.of()));
		UUID guide = guides.create(new InterviewGuideData("Auskunftstest", null, lab));
		UUID question = guides.addQuestion(guide, Text.german("Wie finden Sie Azubis?"), null);
		UUID interview = interviews.create(guide, new InterviewData("Betrieb X", null, person, LocalDate.of(2021, 6, 2),
				"Team", false, Map.of(question, "Über die Berufsschule.")));

		Map<String, Object> export = people.export(person);

		assertThat(export).containsKey("interviews");
		assertThat((List<?>) export.get("interviews")).singleElement()
			.satisfies(entry -> {
				Interview listed = (Interview) entry;
				assertThat(listed.id()).isEqualTo(interview);
				assertThat(listed.answer(question)).isEqualTo("Über die Berufsschule.");
			});
	}

	@Test
	void aPersonOfNobodyCannotBeLinked() {
		UUID lab = jdbc.sql("select id from lab where name = 'Fachkräftesicherung'").query(UUID.class).single();
		UUID guide = guides.create(new InterviewGuideData("Niemand", null, lab));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> interviews.create(guide, new InterviewData("Betrieb N", null,
				UUID.randomUUID(), LocalDate.of(2021, 6, 1), "Team", false, Map.of())))
			.isInstanceOf(org.regiolab.platform.InvalidInputException.class)
			.hasMessageContaining("No such person");
	}
}

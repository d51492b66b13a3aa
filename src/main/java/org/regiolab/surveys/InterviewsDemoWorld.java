package org.regiolab.surveys;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.regiolab.labs.LabList;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.DemoWorldPart;

import org.springframework.stereotype.Component;

/**
 * The Fachkräfte lab's five interviews with Bottrop's craft businesses (seed 003: »Interview mit 5
 * Unternehmen mit Erfahrung in der Anstellung von Geflüchteten«), with a small code book. The seed
 * names neither the businesses nor what they said: the businesses are pseudonyms and every note is
 * invented, flagged as such and saying so in its text.
 */
@Component
class InterviewsDemoWorld implements DemoWorldPart {

	record Talk(String label, LocalDate on, List<String> answers, Map<String, List<String>> coded) {
	}

	static final String LAB = "Fachkräftesicherung";
	static final String TITLE = "Leitfaden: Geflüchtete als Fachkräfte im Bottroper Handwerk";
	static final String INTERVIEWER = "Team Reallabor, Amt für Wirtschaftsförderung";
	static final String INVENTED = "[Erfundene Beispielnotiz für die Demo – nicht aus einem echten Interview.] ";

	static final List<List<String>> QUESTIONS = List.of(
			List.of("Wie ist Ihr Betrieb dazu gekommen, Geflüchtete einzustellen oder auszubilden?",
					"How did your business come to employ or train refugees?"),
			List.of("Wie haben Sie die Bewerberinnen und Bewerber gefunden, und wer hat dabei geholfen?",
					"How did you find the applicants, and who helped?"),
			List.of("Welche Rolle spielt die Sprache im Betrieb und in der Berufsschule?",
					"What part does language play at work and at vocational school?"),
			List.of("Welche Erfahrungen haben Sie mit Ausländeramt, Jobcenter und Arbeitsagentur gemacht?",
					"What were your experiences with the immigration office, the job centre and the employment agency?"),
			List.of("Was würde Ihnen helfen, weitere Geflüchtete zu beschäftigen?",
					"What would help you employ more refugees?"));

	record CodeSeed(String name, CodeColour colour, String parent, String description) {
	}

	static final List<CodeSeed> CODES = List.of(
			new CodeSeed("Rekrutierung", CodeColour.BLUE, null, "Wie Betriebe an Bewerberinnen und Bewerber kommen."),
			new CodeSeed("Sprache", CodeColour.YELLOW, null, "Deutschkenntnisse im Betrieb, in der Berufsschule, in Prüfungen."),
			new CodeSeed("Ausbildung", CodeColour.GREEN, null, "Ausbildung, Berufsschule und Abschluss."),
			new CodeSeed("Bürokratie/Aufenthaltsrecht", CodeColour.ROSE, null,
					"Behördenwege, Arbeitserlaubnis, Aufenthaltsstatus."),
			new CodeSeed("Ausbildungsduldung", CodeColour.PURPLE, "Bürokratie/Aufenthaltsrecht",
					"Unsicherheit, ob Auszubildende bleiben dürfen."),
			new CodeSeed("Betreuung", CodeColour.TEAL, null, "Begleitung im Betrieb und außerhalb: Mentoring, Wohnung, Wege."));

	static final List<Talk> TALKS = List.of(
			new Talk("Betrieb A (Sanitär, Heizung, Klima)", LocalDate.of(2021, 3, 9), List.of(
					INVENTED + "Wir finden seit Jahren keine Azubis mehr. Ein Kunde aus der Flüchtlingshilfe hat uns 2017 "
							+ "einen jungen Mann aus Syrien vorgestellt, der in seiner Heimat schon auf dem Bau gearbeitet hatte.",
					"Über den Ehrenamtlichen und danach über den Arbeitgeberservice des Jobcenters. Ein Praktikum von "
							+ "vier Wochen war der Türöffner.",
					"Auf der Baustelle klappt die Verständigung gut. Die Berufsschule war das Problem: Fachbegriffe und "
							+ "lange Prüfungstexte.",
					"Jede Verlängerung der Duldung war eine Zitterpartie. Wir wussten nie, ob unser Azubi bleiben darf.",
					"Eine feste Ansprechperson im Ausländeramt, die auch für uns als Betrieb erreichbar ist."),
					Map.of("Rekrutierung", List.of("Ein Praktikum von vier Wochen war der Türöffner."),
							"Sprache", List.of("Die Berufsschule war das Problem: Fachbegriffe und lange Prüfungstexte."),
							"Ausbildungsduldung", List.of("Wir wussten nie, ob unser Azubi bleiben darf."))),
			new Talk("Betrieb B (Elektrohandwerk)", LocalDate.of(2021, 3, 23), List.of(
					INVENTED + "Zwei unserer Gesellen sind in Rente gegangen, Nachfolger waren nicht in Sicht. Die "
							+ "Kreishandwerkerschaft hat uns auf Geflüchtete aufmerksam gemacht.",
					"Über eine Ausbildungsbörse der Kreishandwerkerschaft und später über Mundpropaganda in der Community.",
					"Die Sprache ist das A und O, gerade bei Sicherheitsvorschriften. Wir haben einen Sprachkurs am "
							+ "Abend mitfinanziert.",
					"Für die Arbeitserlaubnis mussten wir dieselben Unterlagen drei Mal bei verschiedenen Stellen einreichen.",
					"Weniger Papier und ein gemeinsamer Termin mit allen Behörden am Anfang."),
					Map.of("Rekrutierung", List.of("Über eine Ausbildungsbörse der Kreishandwerkerschaft"),
							"Sprache", List.of("Die Sprache ist das A und O, gerade bei Sicherheitsvorschriften."),
							"Bürokratie/Aufenthaltsrecht",
							List.of("dieselben Unterlagen drei Mal bei verschiedenen Stellen einreichen"))),
			new Talk("Betrieb C (Kfz-Werkstatt)", LocalDate.of(2021, 4, 13), List.of(
					INVENTED + "Unser Meister hat selbst eine Migrationsgeschichte und wollte etwas zurückgeben.",
					"Die Arbeitsagentur hat uns Bewerber vermittelt; die Einstiegsqualifizierung hat den Anfang leichter gemacht.",
					"Im Team sprechen wir Deutsch, damit alle mitkommen. Ein Kollege übersetzt am Anfang.",
					"Die Agentur für Arbeit war schnell, beim Ausländeramt haben wir Wochen auf einen Termin gewartet.",
					"Jemand, der die Azubis auch außerhalb der Werkstatt begleitet – Wohnung, Behörden, Schule."),
					Map.of("Ausbildung", List.of("die Einstiegsqualifizierung hat den Anfang leichter gemacht"),
							"Bürokratie/Aufenthaltsrecht", List.of("beim Ausländeramt haben wir Wochen auf einen Termin gewartet"),
							"Betreuung", List.of("Jemand, der die Azubis auch außerhalb der Werkstatt begleitet"))),
			new Talk("Betrieb D (Bäckerei)", LocalDate.of(2021, 5, 4), List.of(
					INVENTED + "In der Backstube fängt der Tag um drei Uhr an, dafür finden wir kaum noch jemanden.",
					"Eine Mitarbeiterin hat ihren Cousin mitgebracht; daraus sind inzwischen drei Einstellungen geworden.",
					"In der Backstube reicht wenig Deutsch, im Verkauf braucht es mehr. Wir fangen deshalb immer hinten an.",
					"Unklar war lange, ob die Nachtarbeit mit dem Aufenthaltsstatus überhaupt erlaubt ist.",
					"Eine Übersicht, wer in der Stadt wofür zuständig ist, und ein Netzwerk mit anderen Betrieben."),
					Map.of("Rekrutierung", List.of("Eine Mitarbeiterin hat ihren Cousin mitgebracht"),
							"Sprache", List.of("In der Backstube reicht wenig Deutsch, im Verkauf braucht es mehr."))),
			new Talk("Betrieb E (Maler und Lackierer)", LocalDate.of(2021, 5, 18), List.of(
					INVENTED + "Wir haben 2016 zwei junge Männer aus Afghanistan in die Ausbildung genommen.",
					"Über eine Willkommensklasse der Berufsschule, die Praktikumsbetriebe gesucht hat.",
					"Die praktische Prüfung war kein Problem, die Theorie haben beide erst im zweiten Anlauf geschafft.",
					"Einer der beiden sollte mitten in der Ausbildung abgeschoben werden. Erst die Ausbildungsduldung "
							+ "hat ihm Sicherheit gegeben.",
					"Dass die Beschäftigung nach der Ausbildung sicher ist. Sonst bilden wir für niemanden aus."),
					Map.of("Ausbildung", List.of("die Theorie haben beide erst im zweiten Anlauf geschafft"),
							"Ausbildungsduldung", List.of("Erst die Ausbildungsduldung hat ihm Sicherheit gegeben."),
							"Bürokratie/Aufenthaltsrecht", List.of("Dass die Beschäftigung nach der Ausbildung sicher ist."))));

	private final InterviewGuides guides;
	private final Interviews interviews;
	private final CodeBooks codes;
	private final Codings codings;
	private final LabList labs;

	InterviewsDemoWorld(InterviewGuides guides, Interviews interviews, CodeBooks codes, Codings codings, LabList labs) {
		this.guides = guides;
		this.interviews = interviews;
		this.codes = codes;
		this.codings = codings;
		this.labs = labs;
	}

	@Override
	public int order() {
		return 610;
	}

	@Override
	public void load() {
		UUID lab = labs.all().stream()
			.filter(entry -> entry.name().equals(LAB))
			.map(NetworkDirectory.Entry::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo world has no lab " + LAB));
		UUID guide = guides.create(new InterviewGuideData(TITLE, null, lab));
		List<UUID> questions = QUESTIONS.stream()
			.map(text -> guides.addQuestion(guide, new Text(text.get(0), text.get(1)), null))
			.toList();
		Map<String, UUID> book = new HashMap<>();
		for (CodeSeed seed : CODES) {
			book.put(seed.name(), codes.create(guide,
					new CodeData(seed.name(), seed.colour(), seed.parent() == null ? null : book.get(seed.parent()), seed.description())));
		}
		for (Talk talk : TALKS) {
			Map<UUID, String> answers = new LinkedHashMap<>();
			for (int i = 0; i < questions.size(); i++) {
				answers.put(questions.get(i), talk.answers().get(i));
			}
			UUID interview = interviews.create(guide,
					new InterviewData(talk.label(), null, null, talk.on(), INTERVIEWER, true, answers));
			talk.coded().forEach((code, passages) -> passages.forEach(passage -> {
				int question = indexOfAnswer(talk.answers(), passage);
				int start = talk.answers().get(question).indexOf(passage);
				codings.create(interview, new CodingData(questions.get(question), book.get(code), start, start + passage.length()));
			}));
		}
	}

	private static int indexOfAnswer(List<String> answers, String passage) {
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).contains(passage)) {
				return i;
			}
		}
		throw new IllegalStateException("No answer says " + passage);
	}
}

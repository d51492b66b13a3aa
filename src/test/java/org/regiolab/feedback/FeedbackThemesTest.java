package org.regiolab.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The themes of visitors' free texts, as issue 6 describes them: stemmed, folded, grouped by co-occurrence. */
class FeedbackThemesTest {

	private static final List<String> AKKU = List.of("Akku hält nicht lange", "Batterie hält nicht",
			"Akkulaufzeit zu kurz", "Akku schnell leer");

	/** Remarks on things mentioned once each. */
	private static final List<String> UNRELATED = List.of("Kaffee kalt", "Musik laut", "Stühle bequem", "Licht grell",
			"Tür klemmt", "Boden rutschig", "Eingang versteckt", "Poster schief");

	private final FeedbackThemes themes = new FeedbackThemes();

	@Test
	void akkuAkkulaufzeitAndBatterieHaeltNichtAreOneTheme() {
		List<Theme> found = themes.find(entries(AKKU), 10, 4);

		assertThat(found).hasSize(1);
		Theme akku = found.get(0);
		assertThat(akku.term()).isEqualTo("Akku");
		assertThat(akku.count()).isEqualTo(4);
		assertThat(akku.terms()).containsExactly("Akku", "hält", "Akkulaufzeit");
		// the quote with the most of the theme's words first, then the shortest
		assertThat(akku.examples()).containsExactly("Akku hält nicht lange", "Akku schnell leer", "Batterie hält nicht",
				"Akkulaufzeit zu kurz");
		assertThat(themes.find(entries(concat(AKKU, List.of("Akkulaufzeit enttäuschend"))), 10, 2).get(0).examples())
			.containsExactly("Akku hält nicht lange", "Akku schnell leer");
	}

	@Test
	void unrelatedTextsMakeSeparateThemes() {
		List<Theme> found = themes.find(entries(concat(AKKU, List.of("Die VR-Brille drückt", "Brille zu schwer"))), 10, 5);

		assertThat(found).extracting(Theme::term, Theme::count).containsExactly(
				tuple("Akku", 4), tuple("Brille", 2));
		assertThat(found.get(0).examples()).noneMatch(text -> text.contains("Brille"));
		assertThat(found.get(1).examples()).containsExactly("Brille zu schwer", "Die VR-Brille drückt");
	}

	@Test
	void stopWordsAndFillerNeverBecomeThemes() {
		List<Theme> found = themes.find(entries(List.of("Sehr gut, echt toll!", "Super, sehr schön und wirklich gut.",
				"Das war einfach toll, mehr davon!", "Ganz gut, aber die Erklärung war zu lang.",
				"Gute Erklärung, hat Spaß gemacht", "Very good, really nice and more of it",
				"It was good and the explanation was nice", "Ich fand es besser als erwartet, echt super",
				"War mal wirklich besser als gedacht")), 10, 3);

		assertThat(found).extracting(Theme::term).containsExactly("Erklärung");
		assertThat(found.get(0).count()).isEqualTo(2);
	}

	@Test
	void umlautsAndTheirTranscriptionsMeet() {
		List<Theme> found = themes.find(entries(List.of("Bedienoberfläche unübersichtlich",
				"Bedienoberflaeche unuebersichtlich")), 10, 3);

		// one theme: where two words meet in every text, chance cannot be told apart, and nothing is lost
		assertThat(found).extracting(Theme::term, Theme::count).containsExactly(tuple("Bedienoberfläche", 2));
		assertThat(found.get(0).terms()).containsExactly("Bedienoberfläche", "unübersichtlich");
		assertThat(themes.find(entries(List.of("Die Bäckerei im Dorf fehlt", "Eine Baeckerei wäre schön",
				"BÄCKEREI!")), 10, 3)).extracting(Theme::term, Theme::count).containsExactly(tuple("Bäckerei", 3));
	}

	@Test
	void aVerbThatMeetsTwoThingsOnceJoinsNeither() {
		List<Theme> found = themes.find(entries(List.of("Akku hält nicht lange", "Die Brille hält nicht", "Akku leer",
				"Brille drückt")), 10, 3);

		assertThat(found).extracting(Theme::term, Theme::count)
			.containsExactly(tuple("Akku", 2), tuple("Brille", 2), tuple("hält", 2));
	}

	@Test
	void pluralsCaseAndCompoundsMeetTheirWord() {
		List<Theme> found = themes.find(entries(List.of("Zwei Akkus zum Tauschen!", "AKKU leer", "akku laden dauert",
				"Die Akkuladung reicht kaum", "Akku-Wechsel umständlich", "Die Datenbrille ist schwer",
				"Brille beschlägt", "Die Brillen waren dreckig")), 10, 3);

		assertThat(found).extracting(Theme::term, Theme::count).containsExactly(
				tuple("Akku", 5), tuple("Brille", 3));
		assertThat(found.get(0).terms()).contains("Akkuladung");
		assertThat(found.get(1).terms()).contains("Datenbrille");
	}

	@Test
	void themesAreNamedAfterThingsNotWhatIsSaidOfThem() {
		List<Theme> found = themes.find(entries(concat(List.of("Akku leer", "Der Akku ist leer", "Akku schnell leer",
				"Handy leer"), UNRELATED)), 10, 3);

		assertThat(found).extracting(Theme::term, Theme::count).containsExactly(tuple("Akku", 4));
		assertThat(found.get(0).terms()).containsExactly("Akku", "leer");
	}

	@Test
	void aWordInMostTextsDoesNotSwallowWhatMeetsItByChance() {
		List<Theme> found = themes.find(entries(List.of("Die Brille drückt", "Brille beschlägt", "Die Brille rutscht",
				"Brille unscharf", "Die Brille ist schwer", "Brille sitzt schief", "Brille gut, Kaffee kalt",
				"Die Brille und der Kaffee waren teuer", "Kaffee fehlt", "Kaffee bitte wärmer")), 10, 3);

		assertThat(found).extracting(Theme::term, Theme::count).containsExactly(tuple("Brille", 8), tuple("Kaffee", 4));
	}

	@Test
	void wordsJoinAThemeThroughItsLeadingWordOnlyNotThroughEachOther() {
		// "leer" joins "Akku"; "kaputt" meets "leer" only, never "Akku", so it stays a theme of its own
		List<Theme> found = themes.find(entries(concat(List.of("Akku leer", "Der Akku ist leer", "Akku fast leer",
				"leer und kaputt", "kaputt, leer"), UNRELATED)), 10, 3);

		assertThat(found).extracting(Theme::term, Theme::count).containsExactly(tuple("Akku", 5), tuple("kaputt", 2));
		assertThat(found.get(0).terms()).containsExactly("Akku", "leer");
	}

	@Test
	void englishTextsWork() {
		List<Theme> found = themes.find(entries(List.of("battery dies fast", "battery life short",
				"The screens are too dark", "the screen is too dark to read")), 10, 3);

		assertThat(found).extracting(Theme::term, Theme::count).containsExactly(
				tuple("battery", 2), tuple("dark", 2));
		assertThat(found.get(1).terms()).containsExactly("dark", "screen");
	}

	@Test
	void wordsMentionedOnceMakeNoTheme() {
		assertThat(themes.find(entries(List.of("Kaffee war kalt", "Stühle unbequem", "Musik zu laut",
				"Akku leer")), 10, 3)).isEmpty();
	}

	@Test
	void countIsOfDistinctFeedbackEntries() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		List<FreeText> oneEntryTwice = List.of(new FreeText(first, "Akku hält gut"), new FreeText(first, "Akku öfter laden"));
		assertThat(themes.find(oneEntryTwice, 10, 3)).isEmpty();

		List<Theme> found = themes.find(concat(oneEntryTwice, List.of(new FreeText(second, "Akku leer"))), 10, 5);
		assertThat(found).extracting(Theme::term, Theme::count)
			.containsExactly(tuple("Akku", 2));
		assertThat(found.get(0).examples()).hasSize(3);
	}

	@Test
	void sortedByCountThenLabelAndLimited() {
		List<String> texts = List.of("Zeltplatz zu klein", "Zeltplatz matschig", "Ärmel zu kurz", "Ärmel zu eng",
				"Anleitung fehlt", "Anleitung unklar", "Musik laut", "Musik dröhnt", "Musik nervt");

		// German alphabetical order puts "Ärmel" between "Anleitung" and "Zeltplatz"
		assertThat(themes.find(entries(texts), 10, 1)).extracting(Theme::term)
			.containsExactly("Musik", "Anleitung", "Ärmel", "Zeltplatz");
		List<Theme> firstTwo = themes.find(entries(texts), 2, 0);
		assertThat(firstTwo).extracting(Theme::term).containsExactly("Musik", "Anleitung");
		assertThat(firstTwo).allSatisfy(theme -> assertThat(theme.examples()).isEmpty());
	}

	@Test
	void theSameTextsInAnyOrderGiveTheSameThemes() {
		List<FreeText> corpus = generated(300, new Random(6));
		List<Theme> expected = themes.find(corpus, 20, 3);
		assertThat(expected).hasSizeGreaterThan(3);
		for (int seed = 0; seed < 5; seed++) {
			List<FreeText> shuffled = new ArrayList<>(corpus);
			Collections.shuffle(shuffled, new Random(seed));
			assertThat(themes.find(shuffled, 20, 3)).isEqualTo(expected);
		}
	}

	@Test
	void nothingToFindInNothing() {
		assertThat(themes.find(List.of(), 10, 3)).isEmpty();
		assertThat(themes.find(List.of(new FreeText(UUID.randomUUID(), null), new FreeText(UUID.randomUUID(), "  ")), 10, 3))
			.isEmpty();
		assertThat(themes.find(entries(AKKU), 0, 3)).isEmpty();
		assertThatThrownBy(() -> themes.find(entries(AKKU), 10, -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMegabyteOfGarbageDoesNotBlowUp() {
		Random random = new Random(1);
		StringBuilder garbage = new StringBuilder();
		while (garbage.length() < 1 << 20) {
			for (int letters = 1 + random.nextInt(14); letters > 0; letters--) {
				garbage.appendCodePoint(random.nextInt(4) > 0 ? 'a' + random.nextInt(26) : random.nextInt(0x3000));
			}
			garbage.append(" .,-!\n\u00e4\u00df\ud83d\ude00".charAt(random.nextInt(9)));
		}
		String oneWord = "x".repeat(1 << 20);

		List<Theme> found = themes.find(entries(concat(AKKU, List.of(garbage.toString(), oneWord))), 10, 3);

		assertThat(found).extracting(Theme::term).contains("Akku");
		assertThat(found).allSatisfy(theme -> assertThat(theme.examples()).allMatch(text -> text.length() < 1000));
	}

	/** Feedback of a station with a few recurring complaints and ideas amid single remarks, in German and English. */
	static List<FreeText> generated(int entries, Random random) {
		List<String> subjects = List.of("Der Akku", "Die Batterie", "Die Akkulaufzeit", "Die VR-Brille", "Die Brille",
				"Das Headset", "Die Bedienung", "Die Anleitung", "Der Ton", "Die Erklärung", "The battery", "The headset");
		List<String> predicates = List.of("hält nicht lange", "ist zu schwer", "drückt", "ist unübersichtlich",
				"war zu leise", "fehlt", "ist kompliziert", "dies fast", "is too heavy", "ist schnell leer");
		List<String> remarks = List.of("Kaffee", "Wartezeit", "Eingang", "Garderobe", "Parkplatz", "Musik", "Licht");
		List<FreeText> texts = new ArrayList<>();
		for (int entry = 0; entry < entries; entry++) {
			UUID feedback = new UUID(6, entry);
			int parts = 1 + random.nextInt(3);
			for (int part = 0; part < parts; part++) {
				String text = subjects.get(random.nextInt(subjects.size())) + " " + predicates.get(random.nextInt(predicates.size()));
				if (random.nextInt(4) == 0) {
					text += ", " + remarks.get(random.nextInt(remarks.size())) + " " + Integer.toString(entry, 36) + "x";
				}
				texts.add(new FreeText(feedback, text));
			}
		}
		return texts;
	}

	private static List<FreeText> entries(List<String> texts) {
		return texts.stream().map(text -> new FreeText(UUID.randomUUID(), text)).toList();
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}
}

package org.regiolab.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The terms of a set of free texts, indexed both ways (text to terms, term to texts), after two
 * corpus-driven foldings that a stemmer alone cannot do because they need to know the other words:
 * <ul>
 * <li>a plural on -s that the German stemmer keeps ("Akkus", "Displays", "Ergebnisse") folds onto its
 * singular when that occurs in the corpus;</li>
 * <li>a compound also counts for its parts: a term that starts with a frequent corpus term ("Akkulaufzeit"
 * with "Akku") or ends with one ("Datenbrille" with "Brille") is also a mention of it.</li>
 * </ul>
 * Texts are ordered by content first, so ids, and everything decided by them, do not depend on input order.
 */
final class TermCorpus {

	/** A part must be a word of its own, not a syllable ("Akku" yes, "Bus" no)... */
	private static final int MIN_PART = 4;
	/** ...and so must be the rest: "Beispiel" (bei + spiel) and "Vorteil" (vor + teil) are not compounds. */
	private static final int MIN_REST_AFTER_FIRST_PART = 3;
	private static final int MIN_REST_BEFORE_LAST_PART = 4;
	/** "Apps" folds onto "App", "Bus" is not a plural. */
	private static final int MIN_PLURAL = 4;
	/** "Frequent": a term in at least this many feedback entries, as with themes. */
	private static final int MIN_PART_SUPPORT = 2;

	private final List<String> texts;
	private final int[] feedbackOf;
	private final List<Stem> stems;
	private final int[][] wordsOf;
	private final int[][] termsOf;
	private final int[][] postings;
	private final int[] support;
	private final int[][] expansion;
	private final int[][] contributors;
	/** Marks for {@link #distinctFeedback} and {@link #textsMentioning}: a new generation each call, no clearing. */
	private final int[] feedbackSeen;
	private int feedbackGeneration;
	private final int[] textSeen;
	private int textGeneration;

	/** What is known of one stem; after plural folding only canonical stems are terms. */
	private static final class Stem {
		final String text;
		int canonical;
		final Map<String, Integer> surfaces = new HashMap<>(2);
		int capitalisedMidSentence;
		int lowerCaseMidSentence;

		Stem(String text, int id) {
			this.text = text;
			this.canonical = id;
		}
	}

	private TermCorpus(List<FreeText> input, GermanTerms german) {
		List<FreeText> sorted = input.stream()
			.filter(text -> text.text() != null && !text.text().isBlank())
			.sorted(Comparator.comparing(FreeText::text).thenComparing(FreeText::feedback))
			.toList();
		texts = sorted.stream().map(text -> text.text().strip()).toList();
		feedbackOf = new int[sorted.size()];
		Map<UUID, Integer> feedbackIds = new HashMap<>();
		Map<String, Integer> stemIds = new HashMap<>();
		stems = new ArrayList<>();
		int[][] direct = new int[sorted.size()][];
		for (int text = 0; text < sorted.size(); text++) {
			feedbackOf[text] = feedbackIds.computeIfAbsent(sorted.get(text).feedback(), id -> feedbackIds.size());
			direct[text] = read(german.words(sorted.get(text).text()), stemIds);
		}
		feedbackSeen = new int[feedbackIds.size()];
		textSeen = new int[texts.size()];
		foldPlurals(stemIds);
		for (int[] ids : direct) {
			for (int i = 0; i < ids.length; i++) {
				ids[i] = stems.get(ids[i]).canonical;
			}
		}
		for (int text = 0; text < direct.length; text++) {
			direct[text] = distinct(direct[text]);
		}
		wordsOf = direct;
		expansion = compoundParts(direct);
		termsOf = new int[direct.length][];
		for (int text = 0; text < direct.length; text++) {
			termsOf[text] = distinct(concat(Arrays.stream(direct[text]).mapToObj(id -> expansion[id]).toArray(int[][]::new)));
		}
		postings = invert(termsOf, stems.size());
		support = new int[stems.size()];
		for (int term = 0; term < stems.size(); term++) {
			support[term] = distinctFeedback(postings[term]);
		}
		contributors = contributorsOf(expansion);
	}

	static TermCorpus of(List<FreeText> texts, GermanTerms german) {
		return new TermCorpus(texts, german);
	}

	int textCount() {
		return texts.size();
	}

	String text(int text) {
		return texts.get(text);
	}

	int termCount() {
		return stems.size();
	}

	String stem(int term) {
		return stems.get(term).text;
	}

	/** The distinct terms of a text as written, without its compounds' parts, ascending. */
	int[] wordsOf(int text) {
		return wordsOf[text];
	}

	/** The distinct terms of a text, its compounds' parts included, ascending. */
	int[] termsOf(int text) {
		return termsOf[text];
	}

	/** The texts that mention a term, ascending. */
	int[] postings(int term) {
		return postings[term];
	}

	/** How many distinct feedback entries mention a term. */
	int support(int term) {
		return support[term];
	}

	/** The term and the parts it counts for ("Akkulaufzeit" and "Akku"), ascending. */
	int[] partsOf(int term) {
		return expansion[term];
	}

	/** The compounds that count for this term ("Akkulaufzeit" for "Akku"), ascending. */
	int[] contributors(int term) {
		return contributors[term];
	}

	/**
	 * A verb or adjective rather than a noun, told by German capitalisation: written in lower case inside
	 * sentences more often than capitalised. A word never seen inside a sentence counts as a noun.
	 */
	boolean isDescriptor(int term) {
		Stem stem = stems.get(term);
		return stem.lowerCaseMidSentence > stem.capitalisedMidSentence;
	}

	/**
	 * The most frequent spelling as written, among those capitalised as German writes such a word if there
	 * are any ("Akku" for a noun even where "akku" and "AKKU" are as frequent; "hält" for a verb even where
	 * sentences start with "Hält"); on a tie the one with umlauts or ß ("Oberfläche" before "Oberflaeche"),
	 * then the shorter ("Akku" before "Akkus"), then the first in code point order.
	 */
	String surface(int term) {
		int fitting = isDescriptor(term) ? 1 : 0;
		return stems.get(term).surfaces.entrySet().stream()
			.min(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(entry -> capitalisation(entry.getKey()) != fitting)
				.thenComparingInt(entry -> -entry.getValue())
				.thenComparing(entry -> entry.getKey().chars().allMatch(c -> c < 128))
				.thenComparingInt(entry -> entry.getKey().length())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.orElse(stems.get(term).text);
	}

	/** 0 for "Akku", 1 for "akku", 2 for "AKKU" or "aKKu". */
	private static int capitalisation(String surface) {
		boolean restLower = surface.codePoints().skip(1).noneMatch(Character::isUpperCase);
		return !restLower ? 2 : Character.isUpperCase(surface.codePointAt(0)) ? 0 : 1;
	}

	/** The texts that mention any of the given terms, ascending. */
	int[] textsMentioning(int[] terms) {
		int generation = ++textGeneration;
		int[] found = new int[Arrays.stream(terms).map(term -> postings[term].length).sum()];
		int count = 0;
		for (int term : terms) {
			for (int text : postings[term]) {
				if (textSeen[text] != generation) {
					textSeen[text] = generation;
					found[count++] = text;
				}
			}
		}
		Arrays.sort(found, 0, count);
		return Arrays.copyOf(found, count);
	}

	/** How many distinct feedback entries the given texts come from. */
	int distinctFeedback(int[] textIds) {
		int generation = ++feedbackGeneration;
		int count = 0;
		for (int text : textIds) {
			if (feedbackSeen[feedbackOf[text]] != generation) {
				feedbackSeen[feedbackOf[text]] = generation;
				count++;
			}
		}
		return count;
	}

	private int[] read(List<GermanTerms.Word> words, Map<String, Integer> stemIds) {
		int[] ids = new int[words.size()];
		for (int i = 0; i < ids.length; i++) {
			GermanTerms.Word word = words.get(i);
			int id = stemIds.computeIfAbsent(word.stem(), text -> {
				stems.add(new Stem(text, stems.size()));
				return stems.size() - 1;
			});
			Stem stem = stems.get(id);
			stem.surfaces.merge(word.surface(), 1, Integer::sum);
			if (word.midSentence()) {
				if (word.capitalised()) {
					stem.capitalisedMidSentence++;
				}
				else {
					stem.lowerCaseMidSentence++;
				}
			}
			ids[i] = id;
		}
		return ids;
	}

	/**
	 * "akkus" becomes "akku" when "akku" was written too (the German stemmer leaves an s after a vowel);
	 * spellings and capitalisation go along. A chain ("…nisss", "…niss", "…nis") ends on its shortest.
	 */
	private void foldPlurals(Map<String, Integer> stemIds) {
		for (Stem plural : stems) {
			if (plural.text.length() >= MIN_PLURAL && plural.text.endsWith("s")) {
				plural.canonical = stemIds.getOrDefault(plural.text.substring(0, plural.text.length() - 1), plural.canonical);
			}
		}
		for (Stem plural : stems) {
			while (stems.get(plural.canonical).canonical != plural.canonical) {
				plural.canonical = stems.get(plural.canonical).canonical;
			}
			Stem singular = stems.get(plural.canonical);
			if (singular != plural) {
				plural.surfaces.forEach((surface, count) -> singular.surfaces.merge(surface, count, Integer::sum));
				singular.capitalisedMidSentence += plural.capitalisedMidSentence;
				singular.lowerCaseMidSentence += plural.lowerCaseMidSentence;
			}
		}
	}

	/**
	 * For each term, itself and the parts it counts for, transitively ("Akkulaufzeitanzeige" → "Akkulaufzeit"
	 * → "Akku"): its longest first part and its longest last part among the frequent terms. Only the terms
	 * that occur are expanded; the others keep an empty expansion.
	 */
	private int[][] compoundParts(int[][] direct) {
		int[] directSupport = new int[stems.size()];
		int[][] directPostings = invert(direct, stems.size());
		Map<String, Integer> parts = new HashMap<>();
		for (int term = 0; term < stems.size(); term++) {
			directSupport[term] = distinctFeedback(directPostings[term]);
			if (directSupport[term] >= MIN_PART_SUPPORT && stem(term).length() >= MIN_PART) {
				parts.put(stem(term), term);
			}
		}
		int[][] expansion = new int[stems.size()][];
		for (int term = 0; term < stems.size(); term++) {
			expansion[term] = directPostings[term].length == 0 ? new int[0] : expand(term, parts, expansion);
		}
		return expansion;
	}

	private int[] expand(int term, Map<String, Integer> parts, int[][] expansion) {
		if (expansion[term] == null) {
			String stem = stem(term);
			int[] own = {term};
			Integer first = null;
			for (int end = stem.length() - MIN_REST_AFTER_FIRST_PART; end >= MIN_PART && first == null; end--) {
				first = parts.get(stem.substring(0, end));
			}
			Integer last = null;
			for (int start = MIN_REST_BEFORE_LAST_PART; start <= stem.length() - MIN_PART && last == null; start++) {
				last = parts.get(stem.substring(start));
			}
			int[] firstParts = first == null ? new int[0] : expand(first, parts, expansion);
			int[] lastParts = last == null ? new int[0] : expand(last, parts, expansion);
			expansion[term] = distinct(concat(own, firstParts, lastParts));
		}
		return expansion[term];
	}

	private int[][] contributorsOf(int[][] expansion) {
		List<List<Integer>> lists = new ArrayList<>();
		for (int term = 0; term < stems.size(); term++) {
			lists.add(new ArrayList<>());
		}
		for (int compound = 0; compound < stems.size(); compound++) {
			for (int part : expansion[compound]) {
				if (part != compound) {
					lists.get(part).add(compound);
				}
			}
		}
		return lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	/** Term to texts from text to terms; each list ascending because texts are visited in order. */
	private static int[][] invert(int[][] termsOfText, int termCount) {
		int[] sizes = new int[termCount];
		for (int[] terms : termsOfText) {
			for (int term : terms) {
				sizes[term]++;
			}
		}
		int[][] inverted = new int[termCount][];
		for (int term = 0; term < termCount; term++) {
			inverted[term] = new int[sizes[term]];
		}
		int[] filled = new int[termCount];
		for (int text = 0; text < termsOfText.length; text++) {
			for (int term : termsOfText[text]) {
				inverted[term][filled[term]++] = text;
			}
		}
		return inverted;
	}

	/** Sorted and without repeats; a copy. */
	private static int[] distinct(int[] ids) {
		int[] sorted = ids.clone();
		Arrays.sort(sorted);
		int length = 0;
		for (int id : sorted) {
			if (length == 0 || sorted[length - 1] != id) {
				sorted[length++] = id;
			}
		}
		return Arrays.copyOf(sorted, length);
	}

	private static int[] concat(int[]... arrays) {
		int[] all = new int[Arrays.stream(arrays).mapToInt(array -> array.length).sum()];
		int length = 0;
		for (int[] array : arrays) {
			System.arraycopy(array, 0, all, length, array.length);
			length += array.length;
		}
		return all;
	}
}

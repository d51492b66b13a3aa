package org.regiolab.feedback;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The recurring themes of visitors' free texts (issue 6): German and English words are stemmed and
 * folded ({@link GermanTerms}), plurals and compounds meet their corpus words ({@link TermCorpus}), and
 * words that occur together group into themes ({@link CooccurrenceClusters}); see decision 12.
 * Deterministic: the same texts in any order give the same themes. Thread-safe; one instance serves all.
 */
final class FeedbackThemes {

	/** Longer texts still count, but are not quoted: a quote is read at a glance, in a list or a PDF. */
	private static final int MAX_QUOTE = 500;

	private final GermanTerms german = new GermanTerms();

	/**
	 * The themes that at least two feedback entries mention, the most mentioned first, ties by label (German
	 * alphabetical order); at most {@code maxThemes}, each with at most {@code maxExamples} quotes.
	 */
	List<Theme> find(List<FreeText> texts, int maxThemes, int maxExamples) {
		if (maxExamples < 0) {
			throw new IllegalArgumentException("maxExamples must not be negative: " + maxExamples);
		}
		if (maxThemes <= 0 || texts.isEmpty()) {
			return List.of();
		}
		TermCorpus corpus = TermCorpus.of(texts, german);
		Collator collator = Collator.getInstance(Locale.GERMAN);
		return CooccurrenceClusters.of(corpus).stream()
			.map(cluster -> Draft.of(corpus, cluster))
			.sorted(Comparator.comparingInt((Draft draft) -> -draft.count())
				.thenComparing(Draft::label, collator)
				.thenComparing(Draft::label)
				.thenComparing(draft -> corpus.stem(draft.cluster().seed())))
			.limit(maxThemes)
			.map(draft -> new Theme(draft.label(), draft.count(), examples(corpus, draft, maxExamples), terms(corpus, draft)))
			.toList();
	}

	/** A theme before its quotes and words are written out, which only the themes returned need. */
	private record Draft(CooccurrenceClusters.Cluster cluster, String label, int[] texts, int count) {

		/** Its texts are those that mention any of its terms; the count is of their distinct feedback entries. */
		static Draft of(TermCorpus corpus, CooccurrenceClusters.Cluster cluster) {
			int[] texts = corpus.textsMentioning(cluster.members());
			return new Draft(cluster, corpus.surface(cluster.seed()), texts, corpus.distinctFeedback(texts));
		}
	}

	/**
	 * The most typical quotes first: those that name the most of the theme's words ("Akku hält nicht lange"
	 * before "Akku schnell leer"), then the shorter, as quotes are read at a glance. The same text written
	 * twice is quoted once.
	 */
	private static List<String> examples(TermCorpus corpus, Draft draft, int maxExamples) {
		int[] quotable = Arrays.stream(draft.texts()).filter(text -> corpus.text(text).length() <= MAX_QUOTE).toArray();
		int[] members = draft.cluster().members().clone();
		Arrays.sort(members);
		int[] termsIn = Arrays.stream(quotable).map(text -> wordsNamed(corpus, text, members)).toArray();
		Set<String> quoted = new HashSet<>();
		return IntStream.range(0, quotable.length)
			.boxed()
			.sorted(Comparator.<Integer>comparingInt(i -> -termsIn[i])
				.thenComparingInt(i -> corpus.text(quotable[i]).length())
				.thenComparing(i -> corpus.text(quotable[i])))
			.map(i -> corpus.text(quotable[i]))
			.filter(text -> quoted.add(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")))
			.limit(maxExamples)
			.toList();
	}

	/**
	 * How many of the theme's words a text names: each word of the text that is one of the theme's terms
	 * or a compound of one counts once ("Akkulaufzeit" once, not as "Akkulaufzeit" and "Akku").
	 */
	private static int wordsNamed(TermCorpus corpus, int text, int[] sortedMembers) {
		return (int) Arrays.stream(corpus.wordsOf(text))
			.filter(word -> Arrays.stream(corpus.partsOf(word)).anyMatch(part -> Arrays.binarySearch(sortedMembers, part) >= 0))
			.count();
	}

	/**
	 * The label first, then the theme's other terms and the compounds counted for them ("Akkulaufzeit"),
	 * the most mentioned first, each in its most frequent spelling.
	 */
	private static List<String> terms(TermCorpus corpus, Draft draft) {
		int seed = draft.cluster().seed();
		IntStream others = Arrays.stream(draft.cluster().members())
			.flatMap(term -> IntStream.concat(IntStream.of(term), Arrays.stream(corpus.contributors(term))))
			.filter(term -> term != seed)
			.distinct();
		return IntStream.concat(IntStream.of(seed), others.boxed()
				.sorted(Comparator.<Integer>comparingInt(term -> -corpus.postings(term).length)
					.thenComparing(corpus::surface))
				.mapToInt(Integer::intValue))
			.mapToObj(corpus::surface)
			.distinct()
			.toList();
	}
}

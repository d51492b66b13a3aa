package org.regiolab.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * The content words of one free text, each with its stem: Unicode NFC, lower case, umlauts and ß folded
 * the way Lucene's German analysis folds them (so "Bäckerei", "Baeckerei" and "BAECKEREI" meet), stop
 * words (German and English) and evaluative filler dropped, then stemmed with Lucene's German light
 * stemmer, after its English plural stemmer where the text's function words are English. Thread-safe.
 */
final class GermanTerms {

	/**
	 * A content word: its stem, as written, and whether it stood inside a sentence, where German
	 * capitalises nouns only (at a sentence's start everything is capitalised, so that says nothing).
	 */
	record Word(String stem, String surface, boolean midSentence) {

		boolean capitalised() {
			return Character.isUpperCase(surface.codePointAt(0));
		}
	}

	/** Shorter words are abbreviations ("VR", "ok") or noise; longer ones are garbage, not German compounds. */
	private static final int MIN_LENGTH = 3;
	private static final int MAX_LENGTH = 40;

	/**
	 * Function words that Lucene's German stop set (Snowball's, from before the 1996 spelling reform) lacks:
	 * "dass" in today's spelling, contractions and the particles and auxiliaries spoken German is full of.
	 */
	private static final List<String> MORE_GERMAN_STOP_WORDS = List.of("dass", "beim", "fürs", "ans", "aufs",
			"ums", "gibt", "gab", "geht", "ging", "wäre", "wären", "hätte", "hätten", "müsste", "könnten", "immer",
			"schon", "ja", "nein", "oft", "gar", "eben", "bzw", "usw", "etc", "ca", "bitte", "wurde", "wurden");

	/**
	 * Words that rate or intensify rather than name anything; feedback is full of them ("sehr gut, echt
	 * toll"), so they would lead every list of themes without saying what was good. Kept short on purpose:
	 * a word that can also name a thing ("Klasse", "Spiel") stays, and so does "hält" ("Akku hält nicht").
	 * Matched by stem, so "gute", "guten" and "besseren" go too.
	 */
	private static final List<String> FILLER_WORDS = List.of(
			// German: ratings and intensifiers
			"gut", "super", "toll", "schön", "prima", "cool", "nett", "okay", "ok", "top", "perfekt", "genial",
			"klasse", "spannend", "interessant", "großartig", "schlecht", "sehr", "mehr", "weniger", "besser",
			"beste", "einfach", "mal", "echt", "wirklich", "ganz", "total", "richtig", "ziemlich", "bisschen",
			"eher", "leider", "vielleicht", "eigentlich", "insgesamt", "gerne", "gern", "danke",
			// German: how feedback is phrased rather than what it is about
			"finde", "fand", "gefallen", "gefällt", "gemacht", "spaß", "idee", "beispiel", "sache", "dinge",
			// English
			"good", "great", "nice", "awesome", "amazing", "fine", "bad", "better", "best", "much", "really",
			"quite", "just", "like", "love", "lot", "bit", "interesting", "fun", "idea", "thing", "thanks", "maybe");

	private static final GermanLightStemmer GERMAN_STEMMER = new GermanLightStemmer();
	private static final EnglishMinimalStemmer ENGLISH_STEMMER = new EnglishMinimalStemmer();

	/** Lucene's tokeniser (Unicode word boundaries, so "VR-Brille" gives "vr" and "brille") and German folding. */
	private final Analyzer analyzer = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
		}
	};

	/** What a listed word is, as bits: a word can be on several lists. */
	private static final int STOP = 1;
	private static final int GERMAN_ONLY = 2;
	private static final int ENGLISH_ONLY = 4;
	private static final int FILLER = 8;

	/**
	 * Every listed word in folded form, as the analyser gives it, with its bits: one look-up a token,
	 * without copying it.
	 */
	private final CharArrayMap<Integer> listed = new CharArrayMap<>(1024, false);

	GermanTerms() {
		Set<String> german = fold(GermanAnalyzer.getDefaultStopSet());
		german.addAll(fold(MORE_GERMAN_STOP_WORDS));
		Set<String> english = fold(snowballStopSet("english_stop.txt"));
		german.forEach(word -> mark(word, english.contains(word) ? STOP : STOP | GERMAN_ONLY));
		english.forEach(word -> mark(word, german.contains(word) ? STOP : STOP | ENGLISH_ONLY));
		for (String word : fold(FILLER_WORDS)) {
			mark(word, FILLER);
			mark(stem(word, false), FILLER);
			mark(stem(word, true), FILLER);
		}
	}

	private void mark(String word, int bits) {
		listed.put(word, bits | listed.getOrDefault(word, 0));
	}

	private int bits(char[] chars, int length) {
		Integer bits = listed.get(chars, 0, length);
		return bits == null ? 0 : bits;
	}

	/** The content words of a text in their order; a text of any size is read once, token by token. */
	List<Word> words(String text) {
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2019', '\'');
		List<Token> content = new ArrayList<>();
		int[] functionWords = new int[2]; // German, English
		int[] previousEnd = {-1};
		analyse(normalised, (term, start, end, alphanumeric) -> {
			boolean midSentence = previousEnd[0] >= 0 && !sentenceEndsBetween(normalised, previousEnd[0], start);
			previousEnd[0] = end;
			// numbers, emoji and scripts without spaces between words make no themes here
			if (!alphanumeric) {
				return;
			}
			char[] chars = term.buffer();
			int bits = bits(chars, term.length());
			functionWords[0] += (bits & GERMAN_ONLY) != 0 ? 1 : 0;
			functionWords[1] += (bits & ENGLISH_ONLY) != 0 ? 1 : 0;
			int length = withoutPossessive(chars, term.length());
			if (length < term.length()) {
				bits |= bits(chars, length);
			}
			if ((bits & (STOP | FILLER)) == 0 && length >= MIN_LENGTH && length <= MAX_LENGTH && hasLetter(chars, length)) {
				content.add(new Token(new String(chars, 0, length), normalised.substring(start, end), midSentence));
			}
		});
		// most texts are German; one is English only when it has more English function words than German
		boolean english = functionWords[1] > functionWords[0];
		List<Word> words = new ArrayList<>(content.size());
		for (Token token : content) {
			String stem = stem(token.folded(), english);
			if ((bits(stem.toCharArray(), stem.length()) & FILLER) == 0) {
				// English capitalises no nouns, so where a word stood says nothing of what it is
				words.add(new Word(stem, token.surface(), token.midSentence() && !english));
			}
		}
		return words;
	}

	/**
	 * Lucene's German light stemmer for every word, so a word stems alike in German and English texts
	 * ("Die Batterie" and "the Batterie"); in an English text the English minimal stemmer first takes off
	 * English plurals the German one does not know ("batteries" to "battery"). The light stemmer leaves an
	 * s after a vowel ("Akkus"): that plural {@link TermCorpus} folds where the singular occurs.
	 */
	private static String stem(String folded, boolean english) {
		char[] chars = folded.toCharArray();
		int length = english ? ENGLISH_STEMMER.stem(chars, chars.length) : chars.length;
		length = GERMAN_STEMMER.stem(chars, length);
		return length == chars.length ? folded : new String(chars, 0, length);
	}

	private record Token(String folded, String surface, boolean midSentence) {
	}

	@FunctionalInterface
	private interface TokenVisitor {
		void visit(CharTermAttribute term, int start, int end, boolean alphanumeric);
	}

	private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

	private void analyse(String text, TokenVisitor visitor) {
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				visitor.visit(term, offset.startOffset(), offset.endOffset(), ALPHANUM.equals(type.type()));
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e); // a String does not fail to read
		}
	}

	/** Whether a sentence or a line ended between the previous token and this one. */
	private static boolean sentenceEndsBetween(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			switch (text.charAt(i)) {
				case '.', '!', '?', ':', ';', '\n', '\r', '\u2022':
					return true;
				default:
					break;
			}
		}
		return false;
	}

	/** "app's" is "app"; other apostrophes stay ("don't" is a stop word as it is). */
	private static int withoutPossessive(char[] chars, int length) {
		return length > 2 && chars[length - 1] == 's' && chars[length - 2] == '\'' ? length - 2 : length;
	}

	private static boolean hasLetter(char[] chars, int length) {
		for (int i = 0; i < length; i++) {
			if (Character.isLetter(chars[i])) {
				return true;
			}
		}
		return false;
	}

	/** Lists are written as people spell; they are compared after the same folding as the texts. */
	private Set<String> fold(Iterable<?> words) {
		Set<String> folded = new HashSet<>();
		for (Object word : words) {
			String text = word instanceof char[] chars ? new String(chars) : word.toString();
			analyse(text.replace('\u2019', '\''), (term, start, end, alphanumeric) -> folded.add(term.toString()));
		}
		return folded;
	}

	private static CharArraySet snowballStopSet(String resource) {
		try (InputStream in = IOUtils.requireResourceNonNull(SnowballFilter.class.getResourceAsStream(resource), resource)) {
			return WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

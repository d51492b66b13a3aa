package org.regiolab.feedback;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A recurring theme in visitors' free texts, or in the texts another module hands to {@link TextThemes}
 * (where each text is one entry).
 *
 * @param term its label: its leading word in its most frequent spelling as visitors wrote it, e.g. "Akku"
 * @param count how many distinct feedback entries mention it (two texts of one entry count once)
 * @param examples whole texts that mention it, the most typical first: those naming most of its words,
 *        then the shortest
 * @param terms the words it groups, as written: the label first, then the others and the compounds that
 *        count for them, the most mentioned first, e.g. "Akku", "hält", "Akkulaufzeit"
 */
@NamedInterface("api")
public record Theme(String term, int count, List<String> examples, List<String> terms) {

	public Theme {
		examples = List.copyOf(examples);
		terms = List.copyOf(terms);
	}
}

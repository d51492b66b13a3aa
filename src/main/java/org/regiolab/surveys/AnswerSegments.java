package org.regiolab.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An answer cut where coded passages begin and end, for a page that highlights them: each piece with the
 * codes that cover it and the codes whose passage ends with it (whose names follow it).
 */
public final class AnswerSegments {

	/** A piece of the answer. */
	public record Segment(String text, List<Code> codes, List<Code> ending) {

		/** The colour class of the code that covers it last; where passages overlap, every name follows its passage. */
		public String cssClass() {
			return codes.isEmpty() ? "" : codes.get(codes.size() - 1).colour().cssClass();
		}
	}

	private AnswerSegments() {
	}

	public static List<Segment> of(String text, List<Coding> codings, Map<UUID, Code> codes) {
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
		for (Coding coding : codings) {
			cuts.add(Math.min(coding.start(), text.length()));
			cuts.add(Math.min(coding.end(), text.length()));
		}
		List<Segment> segments = new ArrayList<>();
		Integer from = cuts.first();
		for (Integer to : cuts.tailSet(from, false)) {
			int start = from;
			int end = to;
			List<Code> covering = codings.stream()
				.filter(coding -> coding.start() <= start && coding.end() >= end)
				.map(coding -> codes.get(coding.code()))
				.filter(java.util.Objects::nonNull)
				.toList();
			List<Code> ending = codings.stream()
				.filter(coding -> coding.end() == end)
				.map(coding -> codes.get(coding.code()))
				.filter(java.util.Objects::nonNull)
				.toList();
			segments.add(new Segment(text.substring(start, end), covering, ending));
			from = to;
		}
		return segments;
	}
}

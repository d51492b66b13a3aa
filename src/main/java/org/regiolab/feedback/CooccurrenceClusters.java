package org.regiolab.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups the terms of a corpus into themes by how they occur together in texts, greedily and
 * deterministically ("leader" clustering):
 * <ol>
 * <li>Candidates are the terms mentioned in at least {@value #MIN_SUPPORT} distinct feedback entries. They
 * are taken nouns first (themes are about things, and German capitalises nouns), then the most mentioned
 * first, ties by the shorter and then the alphabetically first stem.</li>
 * <li>A candidate t joins the theme of the earlier seed s that it shares the most texts with (c of them), if
 * at least half of t's texts mention s (confidence P(s|t) = c / df(t) ≥ {@value #MIN_CONFIDENCE}), and
 * <ul>
 * <li>they meet clearly more often than chance has it: c ≥ 2 and lift c·N / (df(s)·df(t)) ≥
 * {@value #MIN_LIFT} (where s is in most texts, half of t's texts mentioning it is no evidence); or</li>
 * <li>every text of t mentions s: t then only describes s and adds nothing to its count (in a small corpus,
 * "unübersichtlich" in both texts about the "Bedienoberfläche", where chance cannot be told apart); or</li>
 * <li>they share one text, t is a verb or adjective rather than a noun, and that is the only text in
 * which t meets any seed: "hält" in "Akku hält nicht lange" and "Batterie hält nicht" describes the
 * Akku, and one meeting is all a small corpus has. A noun needs more, or it is a theme of its own.</li>
 * </ul>
 * Otherwise t seeds a theme of its own.</li>
 * </ol>
 * A candidate is compared with seeds only, not with every member, so themes do not chain into each other
 * through a shared common word. Cost: one pass over each candidate's texts, linear in the corpus.
 */
final class CooccurrenceClusters {

	static final int MIN_SUPPORT = 2;
	static final double MIN_CONFIDENCE = 0.5;
	static final double MIN_LIFT = 2.0;

	/** A theme's terms, its seed first. */
	record Cluster(int seed, int[] members) {
	}

	private CooccurrenceClusters() {
	}

	static List<Cluster> of(TermCorpus corpus) {
		int[] candidates = IntStream.range(0, corpus.termCount())
			.filter(term -> corpus.support(term) >= MIN_SUPPORT)
			.boxed()
			.sorted(Comparator.<Integer, Boolean>comparing(corpus::isDescriptor)
				.thenComparingInt(term -> -corpus.support(term))
				.thenComparingInt(term -> -corpus.postings(term).length)
				.thenComparingInt(term -> corpus.stem(term).length())
				.thenComparing(corpus::stem))
			.mapToInt(Integer::intValue)
			.toArray();
		int[] clusterOfSeed = new int[corpus.termCount()];
		Arrays.fill(clusterOfSeed, -1);
		List<Integer> seeds = new ArrayList<>();
		List<List<Integer>> members = new ArrayList<>();
		int[] shared = new int[candidates.length];
		for (int term : candidates) {
			List<Integer> touched = new ArrayList<>();
			int seedMeetings = 0;
			for (int text : corpus.postings(term)) {
				for (int other : corpus.termsOf(text)) {
					int cluster = clusterOfSeed[other];
					if (cluster >= 0) {
						if (shared[cluster]++ == 0) {
							touched.add(cluster);
						}
						seedMeetings++;
					}
				}
			}
			int best = -1;
			for (int cluster : touched) {
				if (joins(corpus, term, seeds.get(cluster), shared[cluster], seedMeetings)
						&& (best < 0 || shared[cluster] > shared[best] || shared[cluster] == shared[best] && cluster < best)) {
					best = cluster;
				}
			}
			touched.forEach(cluster -> shared[cluster] = 0);
			if (best >= 0) {
				members.get(best).add(term);
			}
			else {
				clusterOfSeed[term] = seeds.size();
				seeds.add(term);
				members.add(new ArrayList<>(List.of(term)));
			}
		}
		List<Cluster> clusters = new ArrayList<>();
		for (int cluster = 0; cluster < seeds.size(); cluster++) {
			clusters.add(new Cluster(seeds.get(cluster), members.get(cluster).stream().mapToInt(Integer::intValue).toArray()));
		}
		return clusters;
	}

	private static boolean joins(TermCorpus corpus, int term, int seed, int sharedTexts, int seedMeetings) {
		long texts = corpus.postings(term).length;
		if (sharedTexts < MIN_CONFIDENCE * texts) {
			return false;
		}
		if (sharedTexts == texts) {
			return true;
		}
		if (sharedTexts >= 2) {
			return sharedTexts * (long) corpus.textCount() >= MIN_LIFT * corpus.postings(seed).length * texts;
		}
		return corpus.isDescriptor(term) && seedMeetings == 1;
	}
}

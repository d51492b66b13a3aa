package org.regiolab.matchmaking;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time of the solver and of the round-by-round greedy on the generated problems of
 * docs/benchmarks.md; {@link ScheduleQuality} prints what their schedules reach. Built only with
 * {@code -Pbench} and run by bench/matchmaking.sh. A solve does the same work every time (its
 * result depends on the problem and seed only), so a few iterations of a few seconds say enough.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MatchmakingBenchmark {

	@Param({ "50", "500", "2000" })
	int people;

	@Param({ "8", "12" })
	int rounds;

	/** Tables for a third of the people and gaps in everybody's availability. */
	@Param({ "false", "true" })
	boolean limited;

	private MatchmakingProblem problem;

	@Setup
	public void generate() {
		problem = problem(people, rounds, limited);
	}

	@Benchmark
	public Schedule solver() {
		return new MatchmakingSolver().solve(problem);
	}

	@Benchmark
	public double greedy() {
		return GreedyScheduler.schedule(Instance.of(problem)).exactTotal();
	}

	/** The problem of a row of the figures: always seed 42, so that every run measures the same. */
	static MatchmakingProblem problem(int people, int rounds, boolean limited) {
		GeneratedProblems problems = GeneratedProblems.of(people, rounds);
		if (limited) {
			problems.withTables().withGaps();
		}
		return problems.build(42);
	}
}

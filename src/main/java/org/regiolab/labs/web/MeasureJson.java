package org.regiolab.labs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.MeasureData;
import org.regiolab.labs.MeasureView;

/** A measure with its whole fact sheet as the API answers it; the same fields go back in with PUT. */
record MeasureJson(UUID id, UUID labId, String labName, int position, String title, List<String> activities,
		@Nullable String coordination, List<String> financing, List<Actor> actors, List<String> targetGroups,
		List<String> addedValue, List<Result> results, @Nullable String outlook, List<String> megatrends,
		List<Integer> sdgs, List<UUID> fundingProgrammeIds, Map<UUID, BigDecimal> budgets,
		@Nullable UUID originSolutionId, @Nullable UUID solutionId, Instant createdAt, Instant updatedAt) {

	/** An actor: the organisation of the registry, if it is one, and the name shown. */
	record Actor(@Nullable UUID organizationId, String name) {
	}

	/** A result; {@code date} as written: {@code 2021-11-26}, {@code 2021-08} or {@code 2022}. */
	record Result(String text, @Nullable String date) {
	}

	static MeasureJson of(MeasureView view) {
		MeasureData data = view.data();
		List<Actor> actors = IntStream.range(0, data.actors().size())
			.mapToObj(i -> new Actor(data.actors().get(i).organisation(), view.actorNames().get(i)))
			.toList();
		Map<UUID, BigDecimal> budgets = new LinkedHashMap<>();
		data.funding().stream().filter(funding -> funding.budget() != null)
			.forEach(funding -> budgets.put(funding.programme(), funding.budget()));
		return new MeasureJson(view.id(), view.lab(), view.labName(), view.position(), data.title(), data.activities(),
				data.coordination(), data.financing(), actors, data.targetGroups(), data.addedValue(),
				data.results().stream().map(r -> new Result(r.text(), r.date() == null ? null : r.date().iso())).toList(),
				data.outlook(), data.megatrends(), data.sdgs(),
				data.funding().stream().map(MeasureData.Funding::programme).toList(), budgets, view.originSolution(),
				view.solution(), view.createdAt(), view.updatedAt());
	}
}

package org.regiolab.labs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.labs.MeasureData.Actor;
import org.regiolab.labs.MeasureData.Funding;
import org.regiolab.labs.MeasureData.Result;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and removes the measures of a lab. Each call is one transaction that checks
 * every reference (megatrends, SDGs, funding programmes, organisations) before anything is written.
 */
@Service
@Transactional
public class MeasureRegistry {

	private final MeasureStore store;
	private final LabRegistry labs;
	private final Megatrends megatrends;
	private final NetworkDirectory network;
	private final AuditLog audit;
	private final JdbcClient jdbc;

	MeasureRegistry(MeasureStore store, LabRegistry labs, Megatrends megatrends, NetworkDirectory network, AuditLog audit,
			JdbcClient jdbc) {
		this.store = store;
		this.labs = labs;
		this.megatrends = megatrends;
		this.network = network;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	public UUID create(UUID lab, MeasureData data) {
		return create(lab, data, null);
	}

	/** A measure adopted from the solution library keeps the solution it came from. */
	UUID create(UUID lab, MeasureData data, @Nullable UUID originSolution) {
		labs.load(lab);
		MeasureData clean = checked(data);
		UUID id = store.insert(lab, clean, originSolution, AuditLog.currentActor());
		audit.record("measure.created", subject(id), clean.title());
		return id;
	}

	public void update(UUID id, MeasureData data) {
		MeasureData before = load(id).data();
		MeasureData clean = checked(data);
		store.update(id, clean);
		audit.record("measure.changed", subject(id), "changed: " + String.join(", ", AuditLog.changedFields(before, clean)));
	}

	public void delete(UUID id) {
		MeasureView measure = load(id);
		store.delete(id);
		audit.record("measure.deleted", subject(id), measure.data().title());
	}

	@Transactional(readOnly = true)
	public Optional<MeasureView> find(UUID id) {
		return store.find(id).map(measure -> views(List.of(measure)).get(0));
	}

	@Transactional(readOnly = true)
	public MeasureView load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("measure", id));
	}

	/** A lab's measures in their order. */
	@Transactional(readOnly = true)
	public List<MeasureView> ofLab(UUID lab) {
		return views(store.ofLab(lab));
	}

	private List<MeasureView> views(List<MeasureStore.Stored> measures) {
		Set<UUID> organisations = new HashSet<>();
		Set<UUID> programmes = new HashSet<>();
		Set<UUID> labIds = new HashSet<>();
		measures.forEach(measure -> {
			measure.data().actors().stream().map(Actor::organisation).filter(Objects::nonNull).forEach(organisations::add);
			measure.data().funding().forEach(funding -> programmes.add(funding.programme()));
			labIds.add(measure.lab());
		});
		Map<UUID, String> organisationNames = network.organisationNames(organisations);
		Map<UUID, String> programmeNames = names("funding_programme", programmes);
		Map<UUID, String> labNames = names("lab", labIds);
		List<MeasureView> views = new ArrayList<>();
		for (MeasureStore.Stored measure : measures) {
			List<String> actorNames = measure.data().actors().stream()
				.map(actor -> actor.name() != null ? actor.name() : organisationNames.getOrDefault(actor.organisation(), "–"))
				.toList();
			List<String> fundingNames = measure.data().funding().stream()
				.map(funding -> programmeNames.get(funding.programme()))
				.toList();
			views.add(new MeasureView(measure.id(), measure.lab(), labNames.get(measure.lab()), measure.position(),
					measure.data(), actorNames, fundingNames, measure.originSolution(), measure.solution(),
					measure.createdAt(), measure.updatedAt()));
		}
		return views;
	}

	private Map<UUID, String> names(String table, Set<UUID> ids) {
		// the table is one of two constants, never input
		return ids.isEmpty() ? Map.of()
				: jdbc.sql("select id, name from " + table + " where id = any(?)")
					.param(ids.toArray(UUID[]::new))
					.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private MeasureData checked(MeasureData data) {
		String title = Texts.blankToNull(data.title());
		if (title == null || title.length() > MeasureData.MAX_TITLE) {
			throw new InvalidInputException("title", "measure.title.invalid", "Title blank or too long");
		}
		for (Integer sdg : data.sdgs()) {
			if (sdg == null || sdg < 1 || sdg > 17) {
				throw new InvalidInputException("sdgs", "measure.sdg.invalid", "No SDG " + sdg);
			}
		}
		List<Actor> actors = data.actors().stream()
			.map(actor -> new Actor(actor.organisation(), Texts.blankToNull(actor.name())))
			.filter(actor -> actor.organisation() != null || actor.name() != null)
			.toList();
		Set<UUID> organisations = actors.stream().map(Actor::organisation).filter(Objects::nonNull).collect(Collectors.toSet());
		if (network.organisationNames(organisations).size() != organisations.size()) {
			throw new InvalidInputException("actors", "measure.actor.unknown", "Unknown organisation among the actors");
		}
		List<Funding> funding = distinctProgrammes(data.funding());
		Set<UUID> programmes = funding.stream().map(Funding::programme).collect(Collectors.toSet());
		if (names("funding_programme", programmes).size() != programmes.size()) {
			throw new InvalidInputException("fundingProgrammeIds", "measure.funding.unknown", "Unknown funding programme");
		}
		funding.stream().filter(f -> f.budget() != null && f.budget().signum() < 0).findAny().ifPresent(f -> {
			throw new InvalidInputException("budgets", "measure.budget.invalid", "Negative budget");
		});
		List<Result> results = data.results().stream()
			.filter(result -> Texts.blankToNull(result.text()) != null)
			.map(result -> new Result(result.text().strip(), result.date()))
			.toList();
		MeasureData clean = new MeasureData(title, Texts.entries(data.activities()), Texts.blankToNull(data.coordination()),
				Texts.entries(data.financing()), actors, Texts.entries(data.targetGroups()),
				Texts.entries(data.addedValue()), results, Texts.blankToNull(data.outlook()),
				megatrends.resolve(data.megatrends(), "megatrends"), data.sdgs().stream().distinct().sorted().toList(), funding);
		requireWithinLimits(clean);
		return clean;
	}

	// the forms and the API check the same limits first; this guards every other caller
	private static void requireWithinLimits(MeasureData data) {
		requireWithinLimits("activities", data.activities());
		requireWithinLimits("actors", data.actors().stream().map(Actor::name).filter(Objects::nonNull).toList());
		requireWithinLimits("targetGroups", data.targetGroups());
		requireWithinLimits("addedValue", data.addedValue());
		requireWithinLimits("results", data.results().stream().map(Result::text).toList());
		requireWithinLimits("coordination", Optional.ofNullable(data.coordination()).stream().toList());
		requireWithinLimits("financing", data.financing());
		if (data.outlook() != null && data.outlook().length() > MeasureData.MAX_OUTLOOK) {
			throw new InvalidInputException("outlook", "measure.text.tooLong", "Outlook too long");
		}
	}

	private static void requireWithinLimits(String field, List<String> entries) {
		if (entries.size() > MeasureData.MAX_ENTRIES) {
			throw new InvalidInputException(field, "measure.entries.tooMany", "Too many entries in " + field);
		}
		if (entries.stream().anyMatch(entry -> entry.length() > MeasureData.MAX_ENTRY)) {
			throw new InvalidInputException(field, "measure.text.tooLong", "An entry of " + field + " is too long");
		}
	}

	private static List<Funding> distinctProgrammes(List<Funding> funding) {
		Set<UUID> seen = new HashSet<>();
		return funding.stream().filter(f -> seen.add(f.programme())).toList();
	}

	private static String subject(UUID id) {
		return "measure:" + id;
	}
}

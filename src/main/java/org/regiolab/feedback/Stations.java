package org.regiolab.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stations (research islands) of themed worlds: created, changed and read. */
@Service
@Transactional
public class Stations {

	static final int MAX_QUESTIONS = 20;

	private final JdbcClient jdbc;
	private final ThemedWorlds worlds;
	private final NetworkDirectory network;
	private final JsonMapper json;
	private final AuditLog audit;
	private final StationQuestions questions;

	Stations(JdbcClient jdbc, ThemedWorlds worlds, NetworkDirectory network, JsonMapper json, AuditLog audit,
			StationQuestions questions) {
		this.jdbc = jdbc;
		this.worlds = worlds;
		this.network = network;
		this.json = json;
		this.audit = audit;
		this.questions = questions;
	}

	/** @throws NotFoundException if there is no such themed world */
	public UUID create(UUID themedWorld, StationData data) {
		worlds.load(themedWorld);
		StationData station = check(data);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into station (id, themed_world, name, prototype, organisation, questions)
				values (?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(id, themedWorld, station.name(), station.prototype(), station.organisation(),
					json.writeValueAsString(station.questions()))
			.update();
		audit.record("station.created", subject(id), station.name());
		return id;
	}

	public void update(UUID id, StationData data) {
		load(id);
		StationData station = check(data);
		jdbc.sql("""
				update station set name = ?, prototype = ?, organisation = ?, questions = cast(? as jsonb)
				where id = ?""")
			.params(station.name(), station.prototype(), station.organisation(), json.writeValueAsString(station.questions()),
					id)
			.update();
		questions.forget(id);
		audit.record("station.changed", subject(id), station.name());
	}

	@Transactional(readOnly = true)
	public Station load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("station", id));
	}

	@Transactional(readOnly = true)
	public Optional<Station> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional().map(this::named);
	}

	/** The themed world's stations by name. */
	@Transactional(readOnly = true)
	public List<Station> ofThemedWorld(UUID themedWorld) {
		List<Station> stations = jdbc.sql(SELECT + " where themed_world = ? order by name, id")
			.param(themedWorld)
			.query(this::row)
			.list();
		Map<UUID, String> names = network.organisationNames(
				stations.stream().map(s -> s.data().organisation()).filter(Objects::nonNull).toList());
		return stations.stream()
			.map(s -> new Station(s.id(), s.themedWorld(), s.data(), names.get(s.data().organisation())))
			.toList();
	}

	private Station named(Station station) {
		UUID organisation = station.data().organisation();
		return organisation == null ? station
				: new Station(station.id(), station.themedWorld(), station.data(),
						network.organisationNames(List.of(organisation)).get(organisation));
	}

	private StationData check(StationData data) {
		UUID organisation = data.organisation();
		if (organisation != null && network.organisationNames(List.of(organisation)).isEmpty()) {
			throw new InvalidInputException("organizationId", "station.organisation.unknown",
					"No organisation " + organisation);
		}
		if (data.questions().size() > MAX_QUESTIONS) {
			throw new InvalidInputException("questions", "station.questions.tooMany", "At most 20 questions");
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < data.questions().size(); i++) {
			StationQuestion question = data.questions().get(i);
			question.check("questions[" + i + "]");
			if (!keys.add(question.key())) {
				throw new InvalidInputException("questions[" + i + "].key", "station.question.keyTwice",
						"Two questions with the key " + question.key());
			}
		}
		return new StationData(data.name().strip(), Texts.blankToNull(data.prototype()), organisation,
				data.questions().stream().map(StationQuestion::tidy).toList());
	}

	private static final String SELECT = "select id, themed_world, name, prototype, organisation, questions from station";

	private Station row(ResultSet rs, int row) throws SQLException {
		return new Station(rs.getObject("id", UUID.class), rs.getObject("themed_world", UUID.class),
				new StationData(rs.getString("name"), rs.getString("prototype"), rs.getObject("organisation", UUID.class),
						StationQuestions.parse(json, rs.getString("questions"))),
				null);
	}

	static String subject(@Nullable UUID id) {
		return "station:" + id;
	}
}

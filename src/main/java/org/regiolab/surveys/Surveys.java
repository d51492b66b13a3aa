package org.regiolab.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.events.EventRegistry;
import org.regiolab.labs.LabList;
import org.regiolab.labs.LabRegistry;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.PageQuery;
import org.regiolab.platform.SecretTokens;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The surveys of alliances and labs with their questions; answers are {@link Answering}'s. */
@NamedInterface("api")
@Service
@Transactional
public class Surveys {

	/** A survey in a list. */
	public record SurveyRow(UUID id, String title, @Nullable UUID alliance, @Nullable UUID lab, @Nullable String ownerName,
			boolean anonymous, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn,
			int invitations, int responses) {
	}

	/** A question asked before, for the builder's library. */
	public record AskedQuestion(UUID survey, String surveyTitle, Question question) {
	}

	private static final String SURVEY = """
			select s.id, s.alliance, s.lab, s.title_de, s.title_en, s.intro_de, s.intro_en, s.closing_de, s.closing_en,
			       s.anonymous, s.open_link, s.opens_on, s.closes_on, s.reminder_days, s.event, s.definition""";

	private static final String COLUMNS = SURVEY + """
			,
			       s.invited as invitations,
			       (select count(*) from survey_response r where r.survey = s.id) as responses""";

	/** Without the count of responses, a scan of all of them: 0 in its place. */
	private static final String UNCOUNTED = SURVEY + ", s.invited as invitations, 0 as responses";

	private static final PageQuery LIST = new PageQuery("""
			select s.id, s.title_de, s.alliance, s.lab, s.anonymous, s.opens_on, s.closes_on,
			       s.invited as invitations,
			       (select count(*) from survey_response r where r.survey = s.id) as responses""", """
			from survey s
			where (cast(:pattern as text) is null or lower(s.title_de) like :pattern or lower(s.title_en) like :pattern)
			  and (cast(:alliance as uuid) is null or s.alliance = :alliance)
			  and (cast(:lab as uuid) is null or s.lab = :lab)""", "order by s.created_at desc, s.id");

	/** As the column's check has it. */
	static final int MAX_TITLE = 300;

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final AuditLog audit;
	private final NetworkDirectory network;
	private final LabRegistry labs;
	private final LabList labList;
	private final EventRegistry events;

	Surveys(JdbcClient jdbc, JsonMapper json, AuditLog audit, NetworkDirectory network, LabRegistry labs, LabList labList,
			EventRegistry events) {
		this.labList = labList;
		this.events = events;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.network = network;
		this.labs = labs;
	}

	public UUID create(SurveyData data) {
		check(data);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into survey (id, alliance, lab, title_de, title_en, intro_de, intro_en, closing_de, closing_en,
					                    anonymous, open_link, opens_on, closes_on, reminder_days, event, definition)
					values (:id, :alliance, :lab, :titleDe, :titleEn, :introDe, :introEn, :closingDe, :closingEn,
					        :anonymous, :openLink, :opensOn, :closesOn, :reminderDays, :event, cast(:definition as jsonb))""")
				.paramSource(columns(id, data, data.openLink() ? SecretTokens.newToken("s_", 18) : null))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw eventTaken();
		}
		audit.record("survey.created", subject(id), data.title().de());
		return id;
	}

	/**
	 * Changes the survey. Once answered, its questions keep their meaning: none removed, no type
	 * changed, options and rows only added.
	 */
	public void update(UUID id, SurveyData data) {
		Survey before = load(id);
		check(data);
		if (before.data().anonymous() != data.anonymous() && before.hasAnswers()) {
			throw new InvalidInputException("anonymous", "survey.answered.anonymous", "Answered surveys keep their anonymity");
		}
		if (before.hasAnswers()) {
			DefinitionCheck.checkChange(before.data().definition(), data.definition());
		}
		String openLink = data.openLink() ? Optional.ofNullable(before.openLink()).orElseGet(() -> SecretTokens.newToken("s_", 18)) : null;
		try {
			jdbc.sql("""
					update survey set alliance = :alliance, lab = :lab, title_de = :titleDe, title_en = :titleEn,
					       intro_de = :introDe, intro_en = :introEn, closing_de = :closingDe, closing_en = :closingEn,
					       anonymous = :anonymous, open_link = :openLink, opens_on = :opensOn, closes_on = :closesOn,
					       reminder_days = :reminderDays, event = :event, definition = cast(:definition as jsonb),
					       updated_at = now(), version = version + 1
					where id = :id""")
				.paramSource(columns(id, data, openLink))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw eventTaken();
		}
		audit.record("survey.changed", subject(id), data.title().de());
	}

	/** Changes only the questions, under the same rules as {@link #update}. */
	public void changeQuestions(UUID id, SurveyDefinition questions) {
		update(id, load(id).data().with(questions));
	}

	/** A new survey with the same texts and questions, no answers, no invitations and no event. */
	public UUID copy(UUID id) {
		SurveyData original = load(id).data();
		Text title = new Text(cut("Kopie von " + original.title().de()),
				original.title().en() == null ? null : cut("Copy of " + original.title().en()));
		return create(new SurveyData(original.alliance(), original.lab(), title, original.intro(), original.closing(),
				original.anonymous(), original.openLink(), null, null, original.reminderDays(), null, original.definition()));
	}

	private static String cut(String title) {
		return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
	}

	public void delete(UUID id) {
		Survey survey = load(id);
		jdbc.sql("delete from survey where id = ?").param(id).update();
		audit.record("survey.deleted", subject(id), survey.data().title().de());
	}

	@Transactional(readOnly = true)
	public Optional<Survey> find(UUID id) {
		return jdbc.sql(COLUMNS + " from survey s where s.id = ?").param(id).query(this::survey).optional();
	}

	@Transactional(readOnly = true)
	public Survey load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("survey", id));
	}

	/**
	 * The survey with 0 for its count of responses, which costs a scan of all of them; for answering,
	 * which happens once per response, and for results, which count responses in memory.
	 */
	@Transactional(readOnly = true)
	Survey loadUncounted(UUID id) {
		return jdbc.sql(UNCOUNTED + " from survey s where s.id = ?")
			.param(id)
			.query(this::survey)
			.optional()
			.orElseThrow(() -> NotFoundException.of("survey", id));
	}

	@Transactional(readOnly = true)
	public Optional<Survey> byOpenLink(String token) {
		return jdbc.sql(COLUMNS + " from survey s where s.open_link = ?").param(token).query(this::survey).optional();
	}

	/** The post-event evaluation of an event, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Survey> ofEvent(UUID event) {
		return jdbc.sql(COLUMNS + " from survey s where s.event = ?").param(event).query(this::survey).optional();
	}

	@Transactional(readOnly = true)
	public ItemsPage<SurveyRow> list(@Nullable String query, @Nullable UUID alliance, @Nullable UUID lab, int page, int size) {
		MapSqlParameterSource filters = new MapSqlParameterSource("pattern", LikePattern.contains(query))
			.addValue("alliance", alliance)
			.addValue("lab", lab);
		ItemsPage<SurveyRow> rows = LIST.run(jdbc, filters, Surveys::row, page, size);
		Map<UUID, String> owners = new HashMap<>(
				network.allianceNames(rows.items().stream().map(SurveyRow::alliance).filter(Objects::nonNull).toList()));
		if (rows.items().stream().anyMatch(row -> row.lab() != null)) {
			labList.all().forEach(entry -> owners.put(entry.id(), entry.name()));
		}
		return new ItemsPage<>(rows.items().stream()
			.map(row -> new SurveyRow(row.id(), row.title(), row.alliance(), row.lab(),
					owners.get(row.alliance() != null ? row.alliance() : row.lab()), row.anonymous(),
					row.opensOn(), row.closesOn(), row.invitations(), row.responses()))
			.toList(), rows.total(), rows.page(), rows.size());
	}

	/** The surveys that take answers on the day, those closing first first; at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<SurveyRow> running(LocalDate day, int limit) {
		return jdbc.sql("""
				select s.id, s.title_de, s.alliance, s.lab, s.anonymous, s.opens_on, s.closes_on,
				       s.invited as invitations,
				       (select count(*) from survey_response r where r.survey = s.id) as responses
				from survey s
				where (s.opens_on is null or s.opens_on <= ?) and (s.closes_on is null or s.closes_on >= ?)
				order by s.closes_on nulls last, s.created_at desc, s.id
				limit ?""")
			.params(day, day, limit)
			.query(Surveys::row)
			.list();
	}

	/**
	 * Questions asked in earlier surveys whose text contains the query, newest survey first, at most
	 * {@code limit}; the same wording asked twice is offered once.
	 */
	@Transactional(readOnly = true)
	public List<AskedQuestion> library(@Nullable String query, int limit) {
		return jdbc.sql("""
				select distinct on (lower(q.value -> 'text' ->> 'de')) s.id, s.title_de, q.value as question
				from survey s
				cross join jsonb_array_elements(s.definition -> 'pages') as p(value)
				cross join jsonb_array_elements(p.value -> 'questions') as q(value)
				where cast(:pattern as text) is null or lower(q.value -> 'text' ->> 'de') like :pattern
				order by lower(q.value -> 'text' ->> 'de'), s.created_at desc
				limit :limit""")
			.param("pattern", LikePattern.contains(query))
			.param("limit", limit)
			.query((rs, row) -> new AskedQuestion(rs.getObject("id", UUID.class), rs.getString("title_de"),
					json.readValue(rs.getString("question"), Question.class)))
			.list();
	}

	// the owner's name is added afterwards, for a whole page of rows at once
	private static SurveyRow row(ResultSet rs, int row) throws SQLException {
		return new SurveyRow(rs.getObject("id", UUID.class), rs.getString("title_de"), rs.getObject("alliance", UUID.class),
				rs.getObject("lab", UUID.class), null, rs.getBoolean("anonymous"), rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class), rs.getInt("invitations"), rs.getInt("responses"));
	}

	private void check(SurveyData data) {
		if (data.title() == null || data.title().isBlank()) {
			throw new InvalidInputException("title", "survey.title.blank", "A survey has a title");
		}
		if (data.title().de().length() > MAX_TITLE || data.title().en() != null && data.title().en().length() > MAX_TITLE) {
			throw new InvalidInputException("title", "survey.text.too-long", "A title has at most " + MAX_TITLE + " characters");
		}
		if ((data.alliance() == null) == (data.lab() == null)) {
			throw new InvalidInputException("allianceId", "survey.owner", "A survey belongs to an alliance or a lab");
		}
		if (data.alliance() != null && network.allianceNames(List.of(data.alliance())).isEmpty()) {
			throw new InvalidInputException("allianceId", "survey.owner.unknown", "No such alliance");
		}
		if (data.lab() != null && labs.find(data.lab()).isEmpty()) {
			throw new InvalidInputException("labId", "survey.owner.unknown", "No such lab");
		}
		if (outOfRange(data.opensOn())) {
			throw new InvalidInputException("opensOn", "survey.date.range", "A date between 2000 and 2199");
		}
		if (outOfRange(data.closesOn())) {
			throw new InvalidInputException("closesOn", "survey.date.range", "A date between 2000 and 2199");
		}
		if (data.event() != null && events.find(data.event()).isEmpty()) {
			throw new InvalidInputException("eventId", "survey.event.unknown", "No such event");
		}
		if (data.opensOn() != null && data.closesOn() != null && data.opensOn().isAfter(data.closesOn())) {
			throw new InvalidInputException("closesOn", "survey.closes-before-opening", "A survey closes after it opens");
		}
		if (data.reminderDays() != null && (data.reminderDays() < 1 || data.reminderDays() > 60)) {
			throw new InvalidInputException("reminderDays", "survey.reminder-days", "Reminders 1 to 60 days before closing");
		}
		DefinitionCheck.check(data.definition());
	}

	private static boolean outOfRange(@Nullable LocalDate day) {
		return day != null && (day.getYear() < 2000 || day.getYear() > 2199);
	}

	private MapSqlParameterSource columns(UUID id, SurveyData data, @Nullable String openLink) {
		return new MapSqlParameterSource("id", id)
			.addValue("alliance", data.alliance())
			.addValue("lab", data.lab())
			.addValue("titleDe", data.title().de())
			.addValue("titleEn", data.title().en())
			.addValue("introDe", data.intro() == null ? null : data.intro().de())
			.addValue("introEn", data.intro() == null ? null : data.intro().en())
			.addValue("closingDe", data.closing() == null ? null : data.closing().de())
			.addValue("closingEn", data.closing() == null ? null : data.closing().en())
			.addValue("anonymous", data.anonymous())
			.addValue("openLink", openLink)
			.addValue("opensOn", data.opensOn())
			.addValue("closesOn", data.closesOn())
			.addValue("reminderDays", data.reminderDays())
			.addValue("event", data.event())
			.addValue("definition", json.writeValueAsString(data.definition()));
	}

	private Survey survey(ResultSet rs, int row) throws SQLException {
		UUID alliance = rs.getObject("alliance", UUID.class);
		UUID lab = rs.getObject("lab", UUID.class);
		SurveyData data = new SurveyData(alliance, lab, new Text(rs.getString("title_de"), rs.getString("title_en")),
				text(rs.getString("intro_de"), rs.getString("intro_en")),
				text(rs.getString("closing_de"), rs.getString("closing_en")), rs.getBoolean("anonymous"),
				rs.getString("open_link") != null, rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class), (Integer) rs.getObject("reminder_days"),
				rs.getObject("event", UUID.class), json.readValue(rs.getString("definition"), SurveyDefinition.class));
		String owner = alliance != null ? network.allianceNames(List.of(alliance)).get(alliance) : labName(lab);
		return new Survey(rs.getObject("id", UUID.class), data, owner, rs.getString("open_link"), rs.getInt("invitations"),
				rs.getInt("responses"));
	}

	private @Nullable String labName(@Nullable UUID lab) {
		return lab == null ? null : labs.find(lab).map(view -> view.data().name()).orElse(null);
	}

	private static @Nullable Text text(@Nullable String de, @Nullable String en) {
		return de == null ? null : new Text(de, en);
	}

	private static InvalidInputException eventTaken() {
		return new InvalidInputException("eventId", "survey.event.taken", "The event has an evaluation already");
	}

	static String subject(UUID id) {
		return "survey:" + id;
	}
}

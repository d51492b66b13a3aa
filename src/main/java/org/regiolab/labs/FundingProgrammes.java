package org.regiolab.labs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.ContentSignature;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.PageQuery;
import org.regiolab.platform.Texts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The funding programmes measures (and later events) are paid from, with their notices and logos. */
@NamedInterface("api")
@Service
@Transactional
public class FundingProgrammes {

	/** The largest logo: a notice's logo is small. */
	public static final int MAX_LOGO_BYTES = 512 * 1024;

	/** A funding programme as lists, pages and the API show it. */
	public record FundingProgramme(UUID id, String name, Fund fund, @Nullable String operator, String notice,
			boolean hasLogo, int measures) {

		public FundingProgrammeData data() {
			return new FundingProgrammeData(name, fund, operator, notice);
		}
	}

	/** A logo with its checked media type. */
	public record Logo(byte[] content, String mediaType) {
	}

	private static final String SELECT = """
			select f.id, f.name, f.fund, f.operator, f.notice, f.logo is not null as has_logo,
			       (select count(*) from measure_funding m where m.programme = f.id) as measures""";

	private static final PageQuery LIST = new PageQuery(SELECT, """
			from funding_programme f
			where (cast(:pattern as text) is null or lower(f.name) like :pattern or lower(f.operator) like :pattern)
			  and (cast(:fund as text) is null or f.fund = :fund)""", "order by lower(f.name), f.id");

	private final JdbcClient jdbc;
	private final AuditLog audit;

	FundingProgrammes(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public UUID create(FundingProgrammeData data) {
		UUID id = UUID.randomUUID();
		FundingProgrammeData clean = tidy(data);
		try {
			jdbc.sql("insert into funding_programme (id, name, fund, operator, notice) values (?, ?, ?, ?, ?)")
				.params(id, clean.name(), clean.fund().name(), clean.operator(), clean.notice())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(clean.name());
		}
		audit.record("funding-programme.created", subject(id), clean.name());
		return id;
	}

	public void update(UUID id, FundingProgrammeData data) {
		FundingProgrammeData before = load(id).data();
		FundingProgrammeData clean = tidy(data);
		try {
			jdbc.sql("update funding_programme set name = ?, fund = ?, operator = ?, notice = ?, updated_at = now() where id = ?")
				.params(clean.name(), clean.fund().name(), clean.operator(), clean.notice(), id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(clean.name());
		}
		audit.record("funding-programme.changed", subject(id),
				"changed: " + String.join(", ", AuditLog.changedFields(before, clean)));
	}

	/** Sets the logo after checking that the bytes are a PNG or JPEG image of at most 512 KB. */
	public void changeLogo(UUID id, byte[] content) {
		load(id);
		String mediaType = mediaType(content);
		jdbc.sql("update funding_programme set logo = ?, logo_media_type = ?, updated_at = now() where id = ?")
			.params(content, mediaType, id)
			.update();
		audit.record("funding-programme.logo-changed", subject(id), mediaType);
	}

	public void removeLogo(UUID id) {
		load(id);
		jdbc.sql("update funding_programme set logo = null, logo_media_type = null, updated_at = now() where id = ?")
			.param(id)
			.update();
		audit.record("funding-programme.logo-removed", subject(id), null);
	}

	@Transactional(readOnly = true)
	public Optional<FundingProgramme> find(UUID id) {
		return jdbc.sql(SELECT + " from funding_programme f where f.id = ?").param(id).query(FundingProgramme.class).optional();
	}

	@Transactional(readOnly = true)
	public FundingProgramme load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("funding programme", id));
	}

	@Transactional(readOnly = true)
	public ItemsPage<FundingProgramme> list(@Nullable String query, @Nullable Fund fund, int page, int size) {
		MapSqlParameterSource filters = new MapSqlParameterSource("pattern", LikePattern.contains(query))
			.addValue("fund", fund == null ? null : fund.name());
		return LIST.run(jdbc, filters, new DataClassRowMapper<>(FundingProgramme.class), page, size);
	}

	/** Every programme by name, for the pickers of the measure form. */
	@Transactional(readOnly = true)
	public List<FundingProgramme> all() {
		return jdbc.sql(SELECT + " from funding_programme f order by lower(f.name), f.id").query(FundingProgramme.class).list();
	}

	/** The programmes' notices as a PDF prints them, in the order given; unknown ids are left out. */
	@Transactional(readOnly = true)
	public List<PrintedNotice> printedNotices(List<UUID> ids) {
		return ids.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.map(programme -> {
				Logo logo = logo(programme.id()).orElse(null);
				return PrintedNotice.of(new FactSheet.FundingNotice(programme.name(), programme.notice(),
						logo == null ? null : logo.content(), logo == null ? null : logo.mediaType()));
			})
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Logo> logo(UUID id) {
		return jdbc.sql("select logo, logo_media_type from funding_programme where id = ? and logo is not null")
			.param(id)
			.query((rs, row) -> new Logo(rs.getBytes("logo"), rs.getString("logo_media_type")))
			.optional();
	}

	// the bytes decide, not the name or the type the browser claimed
	private static String mediaType(byte[] content) {
		if (content.length == 0 || content.length > MAX_LOGO_BYTES) {
			throw new InvalidInputException("logo", "funding.logo.size", "Logo of " + content.length + " bytes");
		}
		return ContentSignature.image(content)
			.orElseThrow(() -> new InvalidInputException("logo", "funding.logo.type", "Logo is neither PNG nor JPEG"));
	}

	private static FundingProgrammeData tidy(FundingProgrammeData data) {
		return new FundingProgrammeData(data.name().strip(), data.fund(), Texts.blankToNull(data.operator()),
				data.notice().strip());
	}

	private static InvalidInputException nameTaken(String name) {
		return new InvalidInputException("name", "funding.name.taken", "A funding programme is already named " + name);
	}

	private static String subject(UUID id) {
		return "funding-programme:" + id;
	}
}

package org.regiolab.portal;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The profiles in PostgreSQL; each version's content is one JSON document. */
@Component
class Profiles {

	/** A profile row, without the organisation's name. */
	record Row(UUID id, UUID organisation, ProfileStatus status, @Nullable ProfileContent published,
			@Nullable ProfileContent draft, @Nullable String reviewNote, Instant createdAt, Instant updatedAt,
			@Nullable Instant publishedAt) {

		ProfileView view(@Nullable String organisationName) {
			return new ProfileView(id, organisation, organisationName, status, published, draft, reviewNote, createdAt,
					updatedAt, publishedAt);
		}
	}

	static final String COLUMNS = "id, organisation, status, published::text, draft::text, review_note, created_at, updated_at, published_at";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Profiles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID id, UUID organisation, ProfileStatus status, ProfileContent draft) {
		jdbc.sql("insert into portal_profile (id, organisation, status, draft) values (?, ?, ?, cast(? as jsonb))")
			.params(id, organisation, status.name(), write(draft))
			.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from portal_profile where id = ?").param(id).query(rows()).optional();
	}

	/** The row, locked until the transaction ends, so that two reviews of one profile take turns. */
	Optional<Row> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from portal_profile where id = ? for update").param(id).query(rows()).optional();
	}

	List<Row> published(Collection<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from portal_profile where id = any(?) and published is not null")
			.param(ids.toArray(UUID[]::new))
			.query(rows())
			.list();
	}

	void saveDraft(UUID id, ProfileStatus status, ProfileContent draft) {
		jdbc.sql("update portal_profile set status = ?, draft = cast(? as jsonb), updated_at = now() where id = ?")
			.params(status.name(), write(draft), id)
			.update();
	}

	void publishDraft(UUID id) {
		jdbc.sql("""
				update portal_profile set status = 'PUBLISHED', published = draft, draft = null, review_note = null,
				       published_at = now(), updated_at = now()
				where id = ? and draft is not null""").param(id).update();
		// the business's photos were part of what the office reviewed
		jdbc.sql("update portal_photo set approved = true where profile = ? and not approved").param(id).update();
	}

	void sendBack(UUID id, String note) {
		jdbc.sql("update portal_profile set status = 'DRAFT', review_note = ?, updated_at = now() where id = ?")
			.params(note, id)
			.update();
	}

	String write(ProfileContent content) {
		return json.writeValueAsString(content);
	}

	@Nullable
	ProfileContent read(@Nullable String text) {
		return text == null ? null : json.readValue(text, ProfileContent.class);
	}

	RowMapper<Row> rows() {
		return (ResultSet rs, int row) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organisation", UUID.class),
				ProfileStatus.valueOf(rs.getString("status")), read(rs.getString("published")), read(rs.getString("draft")),
				rs.getString("review_note"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
				instant(rs.getTimestamp("published_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}

package org.regiolab.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a visitor's profile page shows: the published version and the photos visitors may see, in
 * one statement by primary key and without a transaction. The page is the portal's most requested
 * one; a transaction per read (begin, set read-only, commit) and a second statement for the
 * photos, which most businesses do not have, were a third of its database round trips.
 */
@Component
public class ProfilePages {

	/** A published profile as its page shows it. */
	public record Page(UUID id, ProfileContent content, Instant publishedAt, List<ProfilePhotos.Photo> photos) {
	}

	private static final TypeReference<List<ProfilePhotos.Photo>> PHOTOS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ProfilePages(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The page of a published profile; none for a profile that is not (or no longer) public. */
	public Optional<Page> find(UUID id) {
		return jdbc.sql("""
				select p.published::text as content, p.published_at,
				       (select json_agg(json_build_object('id', f.id, 'profile', f.profile, 'caption', f.caption,
				                                          'width', f.width, 'height', f.height, 'approved', f.approved)
				                        order by f.created_at, f.id)
				        from portal_photo f where f.profile = p.id and f.approved)::text as photos
				from portal_profile p where p.id = ? and p.published is not null""")
			.param(id)
			.query((rs, row) -> new Page(id, json.readValue(rs.getString("content"), ProfileContent.class),
					rs.getTimestamp("published_at").toInstant(), photos(rs.getString("photos"))))
			.optional();
	}

	private List<ProfilePhotos.Photo> photos(String array) {
		return array == null ? List.of() : json.readValue(array, PHOTOS);
	}
}

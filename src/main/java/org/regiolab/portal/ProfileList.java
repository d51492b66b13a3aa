package org.regiolab.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Profiles as lists show them: the public ones for everybody, all of them with their status for the office. */
@Component
public class ProfileList {

	/**
	 * @param query part of the name
	 * @param status only profiles in this state
	 * @param publicOnly only profiles with a published version (what visitors and open data see)
	 */
	public record ProfileFilter(@Nullable String query, @Nullable ProfileStatus status, boolean publicOnly) {
	}

	// the name a list sorts by: the published one if there is one, else the draft's
	private static final PageQuery QUERY = new PageQuery("select " + Profiles.COLUMNS, """
			from portal_profile
			where (cast(:pattern as text) is null or lower(coalesce(published, draft)->>'name') like :pattern)
			  and (cast(:status as text) is null or status = :status)
			  and (not :publicOnly or published is not null)""", "order by lower(coalesce(published, draft)->>'name'), id");

	private final JdbcClient jdbc;
	private final Profiles profiles;
	private final NetworkDirectory network;

	ProfileList(JdbcClient jdbc, Profiles profiles, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.network = network;
	}

	public ItemsPage<ProfileView> find(ProfileFilter filter, int page, int size) {
		MapSqlParameterSource filters = new MapSqlParameterSource("pattern", LikePattern.contains(filter.query()))
			.addValue("status", filter.status() == null ? null : filter.status().name())
			.addValue("publicOnly", filter.publicOnly());
		ItemsPage<Profiles.Row> rows = QUERY.run(jdbc, filters, profiles.rows(), page, size);
		Map<UUID, String> names = network.organisationNames(rows.items().stream().map(Profiles.Row::organisation).toList());
		List<ProfileView> views = rows.items().stream()
			.map(row -> row.view(names.get(row.organisation())))
			.toList();
		return new ItemsPage<>(views, rows.total(), page, size);
	}

	/** How many profiles wait for the office's review. */
	public long waitingForReview() {
		return jdbc.sql("select count(*) from portal_profile where status = 'SUBMITTED'").query(Long.class).single();
	}
}

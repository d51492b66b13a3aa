package org.regiolab.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** The list of accounts as administrators search, filter and page through it. */
@NamedInterface("api")
@Component
public class AccountDirectory {

	private static final PageQuery QUERY = new PageQuery("""
			select a.id, a.email, a.display_name, a.enabled, a.password_hash is null as pending, a.created_at,
			       array(select r.role from account_role r where r.account = a.id) as roles""", """
			from account a
			where (cast(:pattern as text) is null or a.email like :pattern or lower(a.display_name) like :pattern)
			  and (cast(:role as text) is null
			       or exists (select 1 from account_role r where r.account = a.id and r.role = :role))""",
			"order by lower(a.display_name), a.email");

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ItemsPage<AccountView> find(@Nullable String query, @Nullable Role role, int page, int size) {
		MapSqlParameterSource filters = new MapSqlParameterSource("pattern", LikePattern.contains(query))
			.addValue("role", role == null ? null : role.name());
		return QUERY.run(jdbc, filters, AccountDirectory::view, page, size);
	}

	private static AccountView view(ResultSet rs, int row) throws SQLException {
		return new AccountView(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				roles(rs.getArray("roles")), rs.getBoolean("enabled"), rs.getBoolean("pending"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((Object[]) array.getArray()).map(name -> Role.valueOf((String) name)).forEach(roles::add);
		return roles;
	}
}

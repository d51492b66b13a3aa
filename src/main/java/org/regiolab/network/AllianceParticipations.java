package org.regiolab.network;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The alliances an organisation belongs to. */
@Component
class AllianceParticipations implements ParticipationSource {

	private final JdbcClient jdbc;

	AllianceParticipations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Participation> participationsOf(UUID organisation) {
		return jdbc.sql("""
				select 'participation.alliance' as kind_key, a.name, 'membership.role.' || coalesce(m.role, 'MEMBER') as role
				from alliance_membership m join alliance a on a.id = m.alliance
				where m.organisation = ? order by a.name""")
			.param(organisation)
			.query(Participation.class)
			.list();
	}
}

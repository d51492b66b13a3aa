package org.regiolab.labs;

import java.util.List;
import java.util.UUID;

import org.regiolab.network.Participation;
import org.regiolab.network.ParticipationSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The labs an organisation coordinates, for its page in the network. */
@Component
class LabParticipations implements ParticipationSource {

	private final JdbcClient jdbc;

	LabParticipations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Participation> participationsOf(UUID organisation) {
		return jdbc.sql("""
				select 'participation.lab' as kind_key, name, 'participation.lab.coordinator' as role
				from lab where coordinator = ? order by name""")
			.param(organisation)
			.query(Participation.class)
			.list();
	}
}

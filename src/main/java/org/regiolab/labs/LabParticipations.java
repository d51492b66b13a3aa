package org.regiolab.labs;

import java.util.List;
import java.util.UUID;

import org.regiolab.network.Participation;
import org.regiolab.network.ParticipationSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The labs an organisation coordinates or belongs to and the measures it acts in, for its page in the network. */
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
				from lab where coordinator = :organisation
				union all
				select 'participation.lab', l.name, 'participation.lab.member'
				from lab_member m join lab l on l.id = m.lab where m.organisation = :organisation
				union all
				select distinct 'participation.measure', m.title, 'participation.measure.actor'
				from measure_actor a join measure m on m.id = a.measure where a.organisation = :organisation
				order by 1, 2""")
			.param("organisation", organisation)
			.query(Participation.class)
			.list();
	}
}

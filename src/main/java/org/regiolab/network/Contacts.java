package org.regiolab.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the registry whom a module (surveys, mailings) wants to write to, chosen by alliance,
 * body, organisation or address, each with whether they may be written to for a purpose on a day. Those
 * who may not are returned too, so that the caller can count and name them as left out. Every method
 * asks the database once and orders by family name, given name and id.
 */
@NamedInterface("api")
@Component
@Transactional(readOnly = true)
public class Contacts {

	/**
	 * A person to write to.
	 * @param name given and family name, "Greta Hoffmann"
	 * @param email the address; {@code null} when the registry has none
	 * @param organisation the person's organisation, with its name, kind, sector (WZ 2008 code) and region
	 *        (official regional key); all {@code null} when the person belongs to none
	 * @param consents whether the person may be written to for the purpose asked for on the day asked for:
	 *        they have an address and gave their consent on or before the day and had not withdrawn it by
	 *        then (as {@link ConsentRegister#mayContact} says)
	 */
	public record Contact(UUID person, String name, @Nullable String email, @Nullable UUID organisation,
			@Nullable String organisationName, @Nullable OrganisationKind kind, @Nullable String sector,
			@Nullable String region, boolean consents) {
	}

	/** A body of an alliance (steering circle, council), for a picker. */
	public record Body(UUID id, UUID alliance, String name) {
	}

	private static final String SELECT = """
			select p.id as person, p.given_name || ' ' || p.family_name as name, p.email, p.organisation,
			       o.name as organisation_name, o.kind, o.sector_code as sector, o.region_key as region,
			       p.email is not null and %s as consents
			from person p left join organisation o on o.id = p.organisation
			where %s
			order by lower(p.family_name), lower(p.given_name), p.id""";

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The people of the organisations that are members of the alliance. */
	public List<Contact> membersOfAlliance(UUID alliance, ConsentPurpose purpose, LocalDate day) {
		return query("p.organisation in (select m.organisation from alliance_membership m where m.alliance = :alliance)",
				purpose, day)
			.param("alliance", alliance)
			.query(Contact.class)
			.list();
	}

	/** The people in a body of an alliance. */
	public List<Contact> ofBody(UUID body, ConsentPurpose purpose, LocalDate day) {
		return query("p.id in (select bm.person from alliance_body_member bm where bm.body = :body)", purpose, day)
			.param("body", body)
			.query(Contact.class)
			.list();
	}

	/**
	 * The people of the organisations of a kind, sector and region; a filter that is {@code null} (or blank)
	 * takes any. People without an organisation are never among them.
	 * @param sector a WZ 2008 division's code, or a section letter for all its divisions, as the organisation
	 *        list filters ({@link NetworkLists.OrganisationFilter})
	 * @param region an official regional key
	 */
	public List<Contact> ofOrganisations(@Nullable OrganisationKind kind, @Nullable String sector,
			@Nullable String region, ConsentPurpose purpose, LocalDate day) {
		return query("""
				o.id is not null and (cast(:kind as text) is null or o.kind = :kind)
				  and %s
				  and (cast(:region as text) is null or o.region_key = :region)""".formatted(NetworkLists.SECTOR_FILTER),
				purpose, day)
			.param("kind", kind == null ? null : kind.name())
			.param("sector", Texts.blankToNull(sector))
			.param("region", Texts.blankToNull(region))
			.query(Contact.class)
			.list();
	}

	/** The people with these ids; ids of nobody are left out. */
	public List<Contact> people(Collection<UUID> ids, ConsentPurpose purpose, LocalDate day) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return query("p.id = any(:ids)", purpose, day)
			.param("ids", ids.toArray(UUID[]::new))
			.query(Contact.class)
			.list();
	}

	/**
	 * The people of the registry with these addresses, whatever their case (an event's participants, who
	 * registered with an address); addresses of nobody in the registry are left out.
	 */
	public List<Contact> byEmail(Collection<String> emails, ConsentPurpose purpose, LocalDate day) {
		String[] addresses = emails.stream()
			.map(Texts::blankToNull)
			.filter(Objects::nonNull)
			.map(email -> email.toLowerCase(Locale.ROOT))
			.distinct()
			.toArray(String[]::new);
		if (addresses.length == 0) {
			return List.of();
		}
		// the registry stores addresses in lower case (a check of the table), so its unique index serves
		return query("p.email = any(:emails)", purpose, day)
			.param("emails", addresses)
			.query(Contact.class)
			.list();
	}

	/** Every body of every alliance, by alliance and name. */
	public List<Body> bodies() {
		return jdbc.sql("""
				select b.id, b.alliance, b.name from alliance_body b join alliance a on a.id = b.alliance
				order by lower(a.name), lower(b.name), b.id""")
			.query(Body.class)
			.list();
	}

	private JdbcClient.StatementSpec query(String condition, ConsentPurpose purpose, LocalDate day) {
		// the condition is one of the constants above, never input
		return jdbc.sql(SELECT.formatted(ConsentRegister.holds("p.id"), condition))
			.param("purpose", purpose.name())
			.param("day", day);
	}
}

package org.regiolab.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.network.Contacts.Contact;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The people a survey or mailing is sent to: chosen by alliance, body, organisation or address, each
 * with whether their consent for the purpose holds on the day, so that those without can be named.
 */
@IntegrationTest
class ContactsIntegrationTest {

	static final LocalDate DAY = LocalDate.of(2026, 4, 1);

	@Autowired
	Contacts contacts;

	@Autowired
	AllianceRegistry alliances;

	@Autowired
	OrganisationRegistry organisations;

	@Autowired
	PersonRegistry people;

	@Autowired
	JdbcClient jdbc;

	/** Makes names and addresses of this test's world unique in the shared database. */
	String tag;

	UUID alliance;

	/** A metal workshop (division 25 of section C) in Flensburg, member of the alliance. */
	UUID workshop;

	/** A public agency in Kiel, member of the alliance. */
	UUID agency;

	/** A metal workshop in Flensburg outside the alliance. */
	UUID outsider;

	UUID adler;
	UUID baer;
	UUID christ;
	UUID dachs;
	UUID eule;
	UUID fink;

	@BeforeEach
	void world() {
		tag = UUID.randomUUID().toString().substring(0, 8);
		alliance = alliances.create(new AllianceData("Kontaktallianz " + tag, AllianceKind.BUSINESS_ALLIANCE, List.of(),
				null, null, List.of(), List.of()));
		workshop = organisation("Schlosserei Amsel", OrganisationKind.COMPANY, "25", "01001");
		agency = organisation("Agentur Buche", OrganisationKind.PUBLIC_AGENCY, null, "01002");
		outsider = organisation("Metallbau Ulme", OrganisationKind.COMPANY, "25", "01001");
		alliances.addMember(alliance, workshop, MembershipRole.MEMBER, null);
		alliances.addMember(alliance, agency, MembershipRole.OFFICE, null);
		// created out of order, so that the order is the query's
		dachs = person("Dora", "Dachs", false, agency, surveys(LocalDate.of(2026, 1, 1), null));
		christ = person("Clara", "Christ", true, workshop, surveys(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1)));
		baer = person("Bernd", "bär", true, agency,
				Set.of(new Consent(ConsentPurpose.NEWSLETTER, LocalDate.of(2026, 1, 1), null)));
		adler = person("Anna", "Adler", true, workshop, surveys(LocalDate.of(2026, 1, 1), null));
		eule = person("Emil", "Eule", true, outsider, surveys(LocalDate.of(2026, 1, 1), null));
		fink = person("Fritz", "Fink", true, null, surveys(LocalDate.of(2026, 1, 1), null));
	}

	@Test
	void theMembersOfAnAllianceAreThePeopleOfItsMemberOrganisationsByFamilyThenGivenName() {
		List<Contact> members = contacts.membersOfAlliance(alliance, ConsentPurpose.SURVEYS, DAY);

		assertThat(members).extracting(Contact::person).containsExactly(adler, baer, christ, dachs);
		assertThat(members).extracting(Contact::name)
			.containsExactly("Anna Adler", "Bernd bär", "Clara Christ", "Dora Dachs");
	}

	@Test
	void onlyAConsentForThePurposeThatHoldsOnTheDayLetsAPersonBeWrittenTo() {
		assertThat(contacts.membersOfAlliance(alliance, ConsentPurpose.SURVEYS, DAY))
			.extracting(Contact::person, Contact::consents)
			.containsExactly(tuple(adler, true), tuple(baer, false), tuple(christ, false), tuple(dachs, false));
	}

	@Test
	void aWithdrawnConsentStillHoldsOnTheDaysBeforeItWasWithdrawn() {
		assertThat(contacts.people(List.of(christ), ConsentPurpose.SURVEYS, LocalDate.of(2026, 2, 28)))
			.extracting(Contact::consents).containsExactly(true);
		assertThat(contacts.people(List.of(christ), ConsentPurpose.SURVEYS, LocalDate.of(2026, 3, 1)))
			.extracting(Contact::consents).containsExactly(false);
	}

	@Test
	void aConsentForAnotherPurposeDoesNotCount() {
		assertThat(contacts.people(List.of(baer), ConsentPurpose.NEWSLETTER, DAY)).extracting(Contact::consents)
			.containsExactly(true);
		assertThat(contacts.people(List.of(baer), ConsentPurpose.SURVEYS, DAY)).extracting(Contact::consents)
			.containsExactly(false);
	}

	@Test
	void aPersonWithoutAnAddressNeverConsentsEvenWithAConsentOnRecord() {
		Contact dora = contacts.people(List.of(dachs), ConsentPurpose.SURVEYS, DAY).get(0);

		assertThat(dora.email()).isNull();
		assertThat(dora.consents()).isFalse();
	}

	@Test
	void aContactCarriesItsOrganisationWithKindSectorAndRegion() {
		assertThat(contacts.people(List.of(adler, fink), ConsentPurpose.SURVEYS, DAY))
			.extracting(Contact::email, Contact::organisation, Contact::organisationName, Contact::kind, Contact::sector,
					Contact::region)
			.containsExactly(
					tuple(email("Anna"), workshop, "Schlosserei Amsel " + tag, OrganisationKind.COMPANY, "25", "01001"),
					tuple(email("Fritz"), null, null, null, null, null));
	}

	@Test
	void theMembersOfABodyAreItsPeopleWhateverOrganisationTheyComeFrom() {
		UUID body = body("Steuerungskreis", adler, eule);

		assertThat(contacts.ofBody(body, ConsentPurpose.SURVEYS, DAY)).extracting(Contact::person, Contact::consents)
			.containsExactly(tuple(adler, true), tuple(eule, true));
	}

	@Test
	void everyBodyIsListedWithItsAlliance() {
		UUID body = body("Beirat", adler);

		assertThat(contacts.bodies()).contains(new Contacts.Body(body, alliance, "Beirat"));
	}

	@Test
	void aSectionLetterFindsThePeopleOfOrganisationsInAnyOfItsDivisions() {
		assertThat(contacts.ofOrganisations(null, "C", null, ConsentPurpose.SURVEYS, DAY)).extracting(Contact::person)
			.contains(adler, christ, eule)
			.doesNotContain(baer, dachs, fink);
		assertThat(contacts.ofOrganisations(null, "25", null, ConsentPurpose.SURVEYS, DAY)).extracting(Contact::person)
			.contains(adler, christ, eule)
			.doesNotContain(baer, dachs, fink);
	}

	@Test
	void kindAndRegionNarrowTheOrganisations() {
		assertThat(contacts.ofOrganisations(OrganisationKind.PUBLIC_AGENCY, null, "01002", ConsentPurpose.SURVEYS, DAY))
			.extracting(Contact::person)
			.contains(baer, dachs)
			.doesNotContain(adler, christ, eule, fink);
		assertThat(contacts.ofOrganisations(OrganisationKind.COMPANY, null, "01002", ConsentPurpose.SURVEYS, DAY))
			.extracting(Contact::person)
			.doesNotContain(adler, baer, christ, dachs, eule, fink);
	}

	@Test
	void withoutFiltersEveryPersonOfAnOrganisationCountsButNobodyWithoutOne() {
		assertThat(contacts.ofOrganisations(null, " ", null, ConsentPurpose.SURVEYS, DAY)).extracting(Contact::person)
			.contains(adler, baer, christ, dachs, eule)
			.doesNotContain(fink);
	}

	@Test
	void peopleAreFoundByIdAndUnknownIdsAreLeftOut() {
		assertThat(contacts.people(List.of(eule, UUID.randomUUID(), adler), ConsentPurpose.SURVEYS, DAY))
			.extracting(Contact::person)
			.containsExactly(adler, eule);
		assertThat(contacts.people(List.of(), ConsentPurpose.SURVEYS, DAY)).isEmpty();
	}

	@Test
	void addressesAreFoundWhateverTheirCaseAndUnknownOnesAreLeftOut() {
		List<String> addresses = List.of(email("Emil").toUpperCase(Locale.ROOT), " " + email("Anna").replace("anna", "Anna"),
				"niemand-" + tag + "@example.org");

		assertThat(contacts.byEmail(addresses, ConsentPurpose.SURVEYS, DAY)).extracting(Contact::person, Contact::consents)
			.containsExactly(tuple(adler, true), tuple(eule, true));
	}

	private UUID organisation(String name, OrganisationKind kind, @Nullable String sector, String region) {
		return organisations.create(new OrganisationData(name + " " + tag, kind, sector, region, null, null, null, null,
				null));
	}

	private UUID person(String given, String family, boolean withEmail, @Nullable UUID organisation,
			Set<Consent> consents) {
		return people.create(new PersonData(given, family, withEmail ? email(given) : null, null, organisation, null,
				consents));
	}

	private String email(String given) {
		return given.toLowerCase(Locale.ROOT) + "-" + tag + "@example.org";
	}

	private static Set<Consent> surveys(LocalDate given, @Nullable LocalDate withdrawn) {
		return Set.of(new Consent(ConsentPurpose.SURVEYS, given, withdrawn));
	}

	private UUID body(String name, UUID... members) {
		UUID body = UUID.randomUUID();
		jdbc.sql("insert into alliance_body (id, alliance, name) values (?, ?, ?)").params(body, alliance, name).update();
		for (UUID member : members) {
			jdbc.sql("insert into alliance_body_member (body, person) values (?, ?)").params(body, member).update();
		}
		return body;
	}
}

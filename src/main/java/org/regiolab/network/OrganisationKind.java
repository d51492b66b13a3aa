package org.regiolab.network;

import org.springframework.modulith.NamedInterface;

/** What sort of body an organisation is. */
@NamedInterface("api")
public enum OrganisationKind {
	COMPANY, CRAFT_BUSINESS, MUNICIPALITY, CITY_DEPARTMENT, CHAMBER, ASSOCIATION, RESEARCH, SCHOOL, CIVIL_SOCIETY,
	PUBLIC_AGENCY, OTHER
}

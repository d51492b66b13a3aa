package org.regiolab.network;

/** What sort of body an organisation is. */
public enum OrganisationKind {
	COMPANY, CRAFT_BUSINESS, MUNICIPALITY, CITY_DEPARTMENT, CHAMBER, ASSOCIATION, RESEARCH, SCHOOL, CIVIL_SOCIETY,
	PUBLIC_AGENCY, OTHER
}

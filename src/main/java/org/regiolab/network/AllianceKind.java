package org.regiolab.network;

/** What sort of alliance: a BBWA district alliance, a metropolitan region, a business alliance, … */
public enum AllianceKind {
	DISTRICT_ALLIANCE, METROPOLITAN_REGION, BUSINESS_ALLIANCE, INDUSTRY_INITIATIVE, OTHER
}

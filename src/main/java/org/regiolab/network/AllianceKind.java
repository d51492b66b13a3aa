package org.regiolab.network;

import org.springframework.modulith.NamedInterface;

/** What sort of alliance: a BBWA district alliance, a metropolitan region, a business alliance, … */
@NamedInterface("api")
public enum AllianceKind {
	DISTRICT_ALLIANCE, METROPOLITAN_REGION, BUSINESS_ALLIANCE, INDUSTRY_INITIATIVE, OTHER
}

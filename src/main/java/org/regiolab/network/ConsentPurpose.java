package org.regiolab.network;

import org.springframework.modulith.NamedInterface;

/** What a person may be contacted for; nothing is sent to a person without the matching consent. */
@NamedInterface("api")
public enum ConsentPurpose {
	NEWSLETTER, EVENT_INVITATIONS, SURVEYS, MEMBERS_AREA
}

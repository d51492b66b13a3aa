package org.regiolab.network;

/** What a person may be contacted for; nothing is sent to a person without the matching consent. */
public enum ConsentPurpose {
	NEWSLETTER, EVENT_INVITATIONS, SURVEYS, MEMBERS_AREA
}

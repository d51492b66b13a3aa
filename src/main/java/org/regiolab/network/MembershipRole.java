package org.regiolab.network;

/** An organisation's role in an alliance: its office (Geschäftsstelle), a member or a partner. */
public enum MembershipRole {
	OFFICE, MEMBER, PARTNER
}

package org.regiolab.network;

import org.springframework.modulith.NamedInterface;

/** An organisation's role in an alliance: its office (Geschäftsstelle), a member or a partner. */
@NamedInterface("api")
public enum MembershipRole {
	OFFICE, MEMBER, PARTNER
}

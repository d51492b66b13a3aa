package org.regiolab.surveys;

import java.util.List;

import org.regiolab.network.Contacts.Contact;
import org.springframework.modulith.NamedInterface;

/**
 * Whom an audience reaches: those to invite, those excluded because they have not agreed to be
 * asked in surveys (or have no address), and those invited before.
 */
@NamedInterface("api")
public record InvitationRound(List<Contact> invited, List<Contact> excluded, List<Contact> invitedBefore) {
}

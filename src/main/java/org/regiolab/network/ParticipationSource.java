package org.regiolab.network;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * Implemented by every module that organisations take part in (labs, events, …), so that an
 * organisation's page lists everything without the network module depending on those modules.
 */
@NamedInterface("api")
public interface ParticipationSource {

	List<Participation> participationsOf(UUID organisation);
}

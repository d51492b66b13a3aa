package org.regiolab.network;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All organisations of the network. */
interface Organisations extends ListCrudRepository<Organisation, UUID> {
}

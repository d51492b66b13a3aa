package org.regiolab.network;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All contact people of the network. */
interface People extends ListCrudRepository<Person, UUID> {

	Optional<Person> findByEmail(String email);
}

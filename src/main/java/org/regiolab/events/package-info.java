/**
 * Events: network meetings, excursions, workshops, breakfast series and consultation days, with
 * their programme, registrations that never oversell, the waitlist, check-in and statistics.
 */
@ApplicationModule(allowedDependencies = { "platform", "accounts :: api", "network :: api", "labs :: api" })
package org.regiolab.events;

import org.springframework.modulith.ApplicationModule;

/**
 * Events: network meetings, excursions, workshops, breakfast series and consultation days, with
 * their programme, registrations that never oversell, the waitlist, check-in and statistics.
 */
package org.regiolab.events;

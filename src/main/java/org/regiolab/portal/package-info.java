/**
 * The public portal: a free digital presence for every local business (profiles with opening hours
 * and offers, moderated by the office), the city's offers at a glance, a fast German search and
 * page statistics without tracking.
 */
@ApplicationModule(allowedDependencies = { "platform", "accounts :: api", "network :: api" })
package org.regiolab.portal;

import org.springframework.modulith.ApplicationModule;

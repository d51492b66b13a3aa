/**
 * Matchmaking: schedules of one-to-one meetings (speed dating) over several rounds that come
 * close to the best possible total interest, with a proven upper bound that says how close.
 */
@ApplicationModule(allowedDependencies = { "platform", "accounts :: api", "network :: api", "events :: api" })
package org.regiolab.matchmaking;

import org.springframework.modulith.ApplicationModule;

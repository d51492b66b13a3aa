/**
 * Strategy and impact: an alliance's plans with their tree of goals, indicators with baseline, target
 * and the values entered over time, and the progress rolled up from them (decision 21).
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: charts", "accounts :: api", "network :: api" })
package org.regiolab.strategy;

import org.springframework.modulith.ApplicationModule;

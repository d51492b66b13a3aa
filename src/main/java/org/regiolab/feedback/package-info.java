/**
 * Themed worlds of labs with their stations (research islands), the feedback visitors leave there,
 * whether captured on a kiosk tablet or on their own phone, its analysis and the companies' reports.
 */
@ApplicationModule(allowedDependencies = { "platform", "accounts :: api", "network :: api", "labs :: api" })
package org.regiolab.feedback;

import org.springframework.modulith.ApplicationModule;

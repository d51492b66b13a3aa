/**
 * Themed worlds of labs with their stations (research islands), the feedback visitors leave there,
 * whether captured on a kiosk tablet or on their own phone, its analysis and the companies' reports.
 */
package org.regiolab.feedback;

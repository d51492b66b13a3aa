/** The pages and API of events: consultation days and calendar files. */
package org.regiolab.events.web;

/**
 * The web's frame: layout and navigation, languages, the start page and the error pages. No
 * business logic lives here.
 */
package org.regiolab.web;

/** The API of matchmaking: solving a schedule for a posted problem. */
package org.regiolab.matchmaking.web;

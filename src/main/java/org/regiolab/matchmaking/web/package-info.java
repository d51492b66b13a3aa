/**
 * The web side of matchmaking: the organisers' speed-dating pages, the participants' profiles and
 * schedules behind their secret links, and the API (solving a posted problem, and the event-bound
 * profiles and schedules).
 */
package org.regiolab.matchmaking.web;

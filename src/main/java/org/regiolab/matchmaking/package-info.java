/**
 * Matchmaking: schedules of one-to-one meetings (speed dating) over several rounds that come
 * close to the best possible total interest, with a proven upper bound that says how close.
 */
package org.regiolab.matchmaking;

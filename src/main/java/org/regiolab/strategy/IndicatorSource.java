package org.regiolab.strategy;

/**
 * Where an indicator's values come from. Today the office enters them; indicators computed from
 * other modules' metrics will be a second kind, so the column exists from the start (decision 21).
 */
enum IndicatorSource {
	ENTERED
}

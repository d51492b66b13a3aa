package org.regiolab.strategy;

/** What an alliance calls its plan. */
enum PlanKind {
	ZUKUNFTSPLAN, MASTERPLAN, STRATEGIE
}

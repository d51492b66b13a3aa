package org.regiolab.platform;

/**
 * A module's share of the demo world built from the seed documents. All parts load together, in
 * one transaction, once per database, in the order of {@link #order()}.
 */
public interface DemoWorldPart {

	/** Parts that others refer to load first: accounts 100, network 200, labs 300, … */
	int order();

	void load();
}

/**
 * Real-world labs, innovation labs and labs of social innovation, and (as they arrive) their
 * measures with fact sheets.
 */
package org.regiolab.labs;

package org.regiolab.labs;

/** Reallabor, Innovationslabor or Labor sozialer Innovation. */
public enum LabKind {
	REALLABOR, INNOVATION_LAB, SOCIAL_INNOVATION_LAB
}

package org.regiolab.labs;

import org.springframework.modulith.NamedInterface;

/** Reallabor, Innovationslabor or Labor sozialer Innovation. */
@NamedInterface("api")
public enum LabKind {
	REALLABOR, INNOVATION_LAB, SOCIAL_INNOVATION_LAB
}

package org.regiolab.surveys;

/**
 * The colours a code may take: light tints that dark text reads on (contrast above 7:1 with #1a1a1a)
 * and a darker line of the same hue that stands out from white (above 3:1), so that a highlighted
 * passage shows where it begins and ends. A passage always names its code as well: colour alone says
 * nothing to someone who cannot tell the colours apart.
 */
public enum CodeColour {

	YELLOW("#fff1a8", "#8a6d00"),
	GREEN("#d3f0cf", "#2e7d32"),
	BLUE("#d6e6ff", "#1f5fbf"),
	ROSE("#ffdadd", "#b3261e"),
	PURPLE("#eadcff", "#6a3fb5"),
	ORANGE("#ffe0c2", "#a44f00"),
	TEAL("#c9f0ec", "#00796b"),
	GREY("#e8e8e8", "#5f6368");

	private final String background;
	private final String line;

	CodeColour(String background, String line) {
		this.background = background;
		this.line = line;
	}

	/** The tint behind a coded passage. */
	public String background() {
		return background;
	}

	/** The line under a coded passage and the border of its label. */
	public String line() {
		return line;
	}

	/** The class that gives a highlighted passage or label this colour (interviews.css; the pages allow no inline styles). */
	public String cssClass() {
		return "code-colour--" + name().toLowerCase(java.util.Locale.ROOT);
	}
}

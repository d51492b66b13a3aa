package org.regiolab.surveys.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.CodeColour;
import org.regiolab.surveys.CodeData;

/** The page's form for a code of a code book. */
public class CodeForm {

	@NotBlank
	@Size(max = 100)
	private @Nullable String name;

	@NotNull
	private @Nullable CodeColour colour = CodeColour.YELLOW;

	private @Nullable UUID parentId;

	@Size(max = 2000)
	private @Nullable String description;

	static CodeForm of(CodeData data) {
		CodeForm form = new CodeForm();
		form.name = data.name();
		form.colour = data.colour();
		form.parentId = data.parent();
		form.description = data.description();
		return form;
	}

	CodeData toData() {
		return new CodeData(name, colour, parentId, description);
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable CodeColour getColour() {
		return colour;
	}

	public void setColour(@Nullable CodeColour colour) {
		this.colour = colour;
	}

	public @Nullable UUID getParentId() {
		return parentId;
	}

	public void setParentId(@Nullable UUID parentId) {
		this.parentId = parentId;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}
}

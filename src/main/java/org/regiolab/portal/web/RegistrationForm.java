package org.regiolab.portal.web;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a business states to register itself: the profile's first fields (its controller binds no
 * others), one category, and who registers, which is not published.
 */
class RegistrationForm extends ProfileForm {

	@NotBlank
	private String category = "";

	@NotBlank
	@Size(max = 200)
	private String contactName = "";

	@NotBlank
	@Email
	@Size(max = 200)
	private String contactEmail = "";

	@AssertTrue
	private boolean privacy;

	RegistrationForm() {
		setCity("Bottrop");
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
		setCategories(category == null || category.isBlank() ? List.of() : List.of(category));
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public boolean isPrivacy() {
		return privacy;
	}

	public void setPrivacy(boolean privacy) {
		this.privacy = privacy;
	}
}

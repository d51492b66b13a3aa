package org.regiolab.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** How browser tests find things: by role and exact accessible name, as assistive technology does. */
public final class Locators {

	private Locators() {
	}

	public static Locator link(Page page, String name) {
		return byRole(page, AriaRole.LINK, name);
	}

	public static Locator button(Page page, String name) {
		return byRole(page, AriaRole.BUTTON, name);
	}

	public static Locator heading(Page page, String name) {
		return byRole(page, AriaRole.HEADING, name);
	}

	public static Locator checkbox(Page page, String label) {
		return byRole(page, AriaRole.CHECKBOX, label);
	}

	public static Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	/** The table row headed by {@code header}. */
	public static Locator rowOf(Page page, String header) {
		return page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHas(byRole(page, AriaRole.ROWHEADER, header)));
	}

	private static Locator byRole(Page page, AriaRole role, String name) {
		return page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
	}
}

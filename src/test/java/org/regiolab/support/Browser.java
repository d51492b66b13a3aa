package org.regiolab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A headless Chromium for the browser tests of an {@link IntegrationTest}, registered as a static
 * {@code @RegisterExtension}: one browser per test class, because starting it is what costs time,
 * and fresh contexts for every test, so that no cookie or language leaks from one test into the
 * next. Every page a test sees must pass axe-core's WCAG 2.1 A/AA rules, fit 320 and 1280 pixels and
 * show each label by its field: {@link #visit} checks what it opens, and after a click that loads a
 * new page the test calls {@link #check}.
 */
public final class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
	// no sandbox, because the tests may run as root in a container; the rest keeps Chromium from calling home
	private static final List<String> DEBIAN_CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-dev-shm-usage");
	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private final List<BrowserContext> contexts = new ArrayList<>();
	private Playwright playwright;
	private com.microsoft.playwright.Browser chromium;
	private String baseUrl;
	private Page testPage;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		// Playwright unpacks its driver on every create(), and Chromium writes a profile for every launch; surefire
		// points java.io.tmpdir at target/tmp to keep them out of a shared /tmp, but the JDK has fixed its temporary
		// folder by then and the driver, a Node.js process, reads TMPDIR, so both are told directly
		String tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))).toAbsolutePath().toString();
		System.setProperty("playwright.driver.tmpdir", tmp);
		// with the system's Chromium there is nothing to download; without it Playwright fetches its own
		boolean systemChromium = Files.isExecutable(DEBIAN_CHROMIUM);
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(systemChromium
				? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "TMPDIR", tmp) : Map.of("TMPDIR", tmp)));
		BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true);
		if (systemChromium) {
			launch.setExecutablePath(DEBIAN_CHROMIUM).setArgs(DEBIAN_CHROMIUM_ARGS);
		}
		chromium = playwright.chromium().launch(launch);
		// the port @LocalServerPort injects; localhost, because Chromium accepts the Secure session cookie there over HTTP
		baseUrl = "http://localhost:"
				+ SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
	}

	@Override
	public void afterEach(ExtensionContext context) {
		try {
			if (context.getExecutionException().isPresent()) {
				saveScreenshots(context);
			}
		}
		finally {
			contexts.forEach(BrowserContext::close);
			contexts.clear();
			testPage = null;
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		playwright.close();
	}

	/** The test's page, in a German browser of its own. */
	public Page page() {
		if (testPage == null) {
			testPage = newPage();
		}
		return testPage;
	}

	/** Another German browser with cookies of its own, e.g. for a second person. */
	public Page newPage() {
		return newPage(options -> {
		});
	}

	/** A browser with cookies of its own, German unless {@code options} say otherwise. */
	public Page newPage(Consumer<com.microsoft.playwright.Browser.NewContextOptions> options) {
		var settings = new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl).setLocale("de-DE");
		options.accept(settings);
		BrowserContext context = chromium.newContext(settings);
		contexts.add(context);
		return context.newPage();
	}

	/** Opens {@code path} on the test's page and checks it; the response tells the status. */
	public Response visit(String path) {
		return visit(page(), path);
	}

	/** Opens {@code path} (relative to the application, or a whole URL) on {@code page} and checks it. */
	public Response visit(Page page, String path) {
		Response response = page.navigate(path);
		check(page);
		return response;
	}

	/** Checks the test's page, e.g. after a form submission. */
	public void check() {
		check(page());
	}

	/**
	 * Fails if axe-core finds a serious or critical WCAG 2.1 A/AA violation on what {@code page} shows,
	 * or if, at 320 or 1280 pixels wide, the page scrolls sideways or a label stands apart from its
	 * field ({@link Layout}).
	 * After a click, first assert something of the new page: that waits until it has arrived.
	 */
	public void check(Page page) {
		page.waitForLoadState(LoadState.LOAD);
		// legacy mode runs axe in the page itself; the default opens a blank page per check to combine the
		// results of cross-origin frames, which RegioLab's pages do not have, and takes three times as long
		List<Rule> failing = new AxeBuilder(page).setLegacyMode(true).withTags(WCAG_21_AA).analyze().getViolations()
			.stream()
			.filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
			.toList();
		if (!failing.isEmpty()) {
			throw new AssertionError("Accessibility violations on " + page.url() + ":\n"
					+ failing.stream().map(Browser::describe).collect(Collectors.joining("\n")));
		}
		List<String> layout = Layout.problems(page);
		if (!layout.isEmpty()) {
			throw new AssertionError("Layout problems on " + page.url() + ":\n- " + String.join("\n- ", layout));
		}
	}

	/** Signs in through the login form and checks the page it leads to. */
	public void signIn(Page page, String email, String password) {
		visit(page, "/login");
		page.getByLabel("E-Mail-Adresse").fill(email);
		page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
		assertThat(page.getByText("Angemeldet als " + email)).isVisible();
		check(page);
	}

	/** Signs the test's page in as a demo user. */
	public void signIn(DemoUser user) {
		signIn(page(), user.email(), user.password());
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " – " + rule.getHelpUrl() + "\n"
				+ rule.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    " + node.getTarget() + ": " + node.getHtml() + "\n      "
				+ node.getFailureSummary().replace("\n", "\n      ");
	}

	// a picture of every open page tells more about a failure than the assertion alone
	private void saveScreenshots(ExtensionContext context) {
		String test = context.getRequiredTestMethod().getName();
		String invocation = context.getDisplayName().equals(test + "()") ? "" : "-" + context.getDisplayName();
		String name = (test + invocation).replaceAll("[^\\w-]+", "_");
		Path folder = Path.of("target", "browser-failures", context.getRequiredTestClass().getSimpleName());
		try {
			Files.createDirectories(folder);
			for (int i = 0; i < contexts.size(); i++) {
				for (Page open : contexts.get(i).pages()) {
					open.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(folder.resolve(name + "-" + i + ".png")));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

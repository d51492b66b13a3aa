package org.regiolab.accounts;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint, asked by every role: deny unless allowed. Web pages send anonymous visitors to
 * the login form; the API answers 401; a role that may not see something gets 403.
 */
@IntegrationTest
class AccessRulesIntegrationTest {

	static final String ANONYMOUS = "ANONYMOUS";

	/** Expected status per caller: anonymous, ADMIN, COORDINATOR, MEMBER, EXPERT. */
	record Rule(String path, int anonymous, int admin, int coordinator, int member, int expert) {
		int forCaller(String caller) {
			return switch (caller) {
				case ANONYMOUS -> anonymous;
				case "ADMIN" -> admin;
				case "COORDINATOR" -> coordinator;
				case "MEMBER" -> member;
				default -> expert;
			};
		}
	}

	static final List<Rule> RULES = List.of(
			new Rule("/", 200, 200, 200, 200, 200),
			new Rule("/login", 200, 200, 200, 200, 200),
			new Rule("/css/regiolab.css", 200, 200, 200, 200, 200),
			new Rule("/webjars/htmx.org/dist/htmx.min.js", 200, 200, 200, 200, 200),
			new Rule("/network/alliances", 302, 200, 200, 200, 200),
			new Rule("/network/organisations", 302, 200, 200, 200, 200),
			new Rule("/network/organisations/new", 302, 200, 200, 403, 403),
			new Rule("/network/organisations/export", 302, 200, 200, 200, 200),
			new Rule("/network/people", 302, 200, 200, 403, 403),
			new Rule("/network/people/new", 302, 200, 200, 403, 403),
			new Rule("/network/imports/new", 302, 200, 200, 403, 403),
			new Rule("/labs", 302, 200, 200, 200, 200),
			new Rule("/labs/export", 302, 200, 200, 200, 200),
			new Rule("/labs/new", 302, 200, 200, 403, 403),
			new Rule("/labs/00000000-0000-0000-0000-000000000000", 302, 404, 404, 404, 404),
			new Rule("/labs/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/labs/00000000-0000-0000-0000-000000000000/measures/new", 302, 404, 404, 403, 403),
			new Rule("/labs/00000000-0000-0000-0000-000000000000/certifications/new", 302, 404, 404, 403, 403),
			new Rule("/labs/00000000-0000-0000-0000-000000000000/factsheet.pdf", 302, 404, 404, 404, 404),
			new Rule("/labs/measures", 302, 200, 200, 200, 200),
			new Rule("/labs/measures/export", 302, 200, 200, 200, 200),
			new Rule("/labs/measures/00000000-0000-0000-0000-000000000000", 302, 404, 404, 404, 404),
			new Rule("/labs/measures/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/labs/measures/00000000-0000-0000-0000-000000000000/publish", 302, 404, 404, 403, 403),
			new Rule("/labs/measures/00000000-0000-0000-0000-000000000000/factsheet.docx", 302, 404, 404, 404, 404),
			new Rule("/labs/certifications/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/labs/funding", 302, 200, 200, 200, 200),
			new Rule("/labs/funding/new", 302, 200, 200, 403, 403),
			new Rule("/labs/funding/00000000-0000-0000-0000-000000000000", 302, 404, 404, 404, 404),
			new Rule("/labs/funding/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/labs/solutions", 302, 200, 200, 200, 200),
			new Rule("/labs/solutions/00000000-0000-0000-0000-000000000000", 302, 404, 404, 404, 404),
			new Rule("/labs/megatrends", 302, 200, 200, 200, 200),
			new Rule("/events", 200, 200, 200, 200, 200),
			new Rule("/events/export", 200, 200, 200, 200, 200),
			new Rule("/events/new", 302, 200, 200, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404),
			new Rule("/events/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000/participants", 302, 404, 404, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000/check-in", 302, 404, 404, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000/pitches", 302, 404, 404, 404, 404),
			new Rule("/events/00000000-0000-0000-0000-000000000000/documentation", 404, 404, 404, 404, 404),
			new Rule("/events/00000000-0000-0000-0000-000000000000/slots", 302, 404, 404, 404, 404),
			new Rule("/events/00000000-0000-0000-0000-000000000000/calendar.ics", 404, 404, 404, 404, 404),
			new Rule("/calendar/events.ics", 200, 200, 200, 200, 200),
			new Rule("/calendar/alliances/00000000-0000-0000-0000-000000000000.ics", 404, 404, 404, 404, 404),
			new Rule("/events/registrations/unknown-token-000000000000", 404, 404, 404, 404, 404),
			new Rule("/matchmaking", 302, 200, 200, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000/matchmaking", 302, 404, 404, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000/matchmaking/participants", 302, 404, 404, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000/matchmaking/table-cards.pdf", 302, 404, 404, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000/matchmaking/schedules.pdf", 302, 404, 404, 403, 403),
			new Rule("/events/00000000-0000-0000-0000-000000000000/matchmaking/me", 302, 404, 404, 404, 404),
			new Rule("/matchmaking/p/unknown-token-000000000000", 404, 404, 404, 404, 404),
			new Rule("/matchmaking/p/unknown-token-000000000000/schedule", 404, 404, 404, 404, 404),
			new Rule("/matchmaking/p/unknown-token-000000000000/schedule.pdf", 404, 404, 404, 404, 404),
			new Rule("/account/tokens", 302, 200, 200, 200, 200),
			new Rule("/admin/users", 302, 200, 403, 403, 403),
			new Rule("/admin/users/new", 302, 200, 403, 403, 403),
			new Rule("/api/v1/me", 401, 200, 200, 200, 200),
			new Rule("/api/v1/me/tokens", 401, 200, 200, 200, 200),
			new Rule("/api/v1/users", 401, 200, 403, 403, 403),
			new Rule("/api/v1/organizations", 401, 200, 200, 200, 200),
			new Rule("/api/v1/people", 401, 200, 200, 403, 403),
			new Rule("/api/v1/alliances", 401, 200, 200, 200, 200),
			new Rule("/api/v1/labs", 401, 200, 200, 200, 200),
			new Rule("/themed-worlds", 302, 200, 200, 200, 200),
			new Rule("/themed-worlds/export", 302, 200, 200, 200, 200),
			new Rule("/themed-worlds/new?lab=00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/themed-worlds/00000000-0000-0000-0000-000000000000", 302, 404, 404, 404, 404),
			new Rule("/themed-worlds/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/themed-worlds/00000000-0000-0000-0000-000000000000/reports/00000000-0000-0000-0000-000000000000.pdf", 302, 404, 404, 403, 403),
			new Rule("/stations/new?world=00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/stations/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/stations/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/stations/00000000-0000-0000-0000-000000000000/card", 302, 404, 404, 403, 403),
			new Rule("/stations/00000000-0000-0000-0000-000000000000/qr.svg", 302, 404, 404, 403, 403),
			new Rule("/stations/00000000-0000-0000-0000-000000000000/feedback.csv", 302, 404, 404, 403, 403),
			new Rule("/stations/00000000-0000-0000-0000-000000000000/kiosk", 302, 404, 404, 404, 404),
			new Rule("/stations/00000000-0000-0000-0000-000000000000/feedback", 404, 404, 404, 404, 404),
			new Rule("/stations/capture-sw.js", 200, 200, 200, 200, 200),
			new Rule("/api/v1/labs/00000000-0000-0000-0000-000000000000/themed-worlds", 401, 404, 404, 404, 404),
			new Rule("/api/v1/themed-worlds/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/themed-worlds/00000000-0000-0000-0000-000000000000/stations", 401, 404, 404, 404, 404),
			new Rule("/api/v1/themed-worlds/00000000-0000-0000-0000-000000000000/feedback/summary", 401, 404, 404, 403, 403),
			new Rule("/api/v1/themed-worlds/00000000-0000-0000-0000-000000000000/reports/00000000-0000-0000-0000-000000000000.pdf", 401, 404, 404, 403, 403),
			new Rule("/api/v1/stations/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/stations/00000000-0000-0000-0000-000000000000/qr.svg", 401, 404, 404, 404, 404),
			new Rule("/api/v1/stations/00000000-0000-0000-0000-000000000000/qr.png", 401, 404, 404, 404, 404),
			new Rule("/api/v1/stations/00000000-0000-0000-0000-000000000000/feedback", 401, 404, 404, 403, 403),
			new Rule("/api/v1/stations/00000000-0000-0000-0000-000000000000/feedback/summary", 401, 404, 404, 403, 403),
			new Rule("/api/v1/events", 200, 200, 200, 200, 200),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/registrations", 401, 404, 404, 403, 403),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/statistics", 401, 404, 404, 403, 403),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/pitches", 401, 404, 404, 404, 404),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/documentation", 401, 404, 404, 404, 404),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/slots", 401, 404, 404, 404, 404),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/calendar.ics", 404, 404, 404, 404, 404),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/matchmaking", 401, 404, 404, 403, 403),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/matchmaking/schedule", 401, 404, 404, 403, 403),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/matchmaking/profile/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/matchmaking/schedule/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/event-statistics?alliance=00000000-0000-0000-0000-000000000000&year=2026", 401, 200, 200, 403, 403),
			new Rule("/api/v1/labs/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/labs/00000000-0000-0000-0000-000000000000/measures", 401, 404, 404, 404, 404),
			new Rule("/api/v1/labs/00000000-0000-0000-0000-000000000000/certifications", 401, 404, 404, 404, 404),
			new Rule("/api/v1/labs/00000000-0000-0000-0000-000000000000/factsheet.pdf", 401, 404, 404, 404, 404),
			new Rule("/api/v1/measures", 401, 200, 200, 200, 200),
			new Rule("/api/v1/measures/counts", 401, 200, 200, 200, 200),
			new Rule("/api/v1/measures/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/measures/00000000-0000-0000-0000-000000000000/factsheet.docx", 401, 404, 404, 404, 404),
			new Rule("/api/v1/funding-programmes", 401, 200, 200, 200, 200),
			new Rule("/api/v1/certifications?dueWithinDays=90", 401, 200, 200, 200, 200),
			new Rule("/api/v1/solutions", 401, 200, 200, 200, 200),
			new Rule("/api/v1/megatrends", 401, 200, 200, 200, 200),
			new Rule("/api/v1/imports/00000000-0000-0000-0000-000000000000", 401, 404, 404, 403, 403),
			new Rule("/api/v1/portal/profiles", 200, 200, 200, 200, 200),
			new Rule("/api/v1/portal/profiles?status=SUBMITTED", 200, 200, 200, 200, 200),
			new Rule("/api/v1/portal/profiles/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404),
			new Rule("/api/v1/portal/search?q=Brötchen", 200, 200, 200, 200, 200),
			new Rule("/api/v1/portal/search/index", 401, 200, 200, 403, 403),
			new Rule("/api/v1/portal/statistics/pages", 401, 200, 200, 403, 403),
			new Rule("/portal", 200, 200, 200, 200, 200),
			new Rule("/portal/search?q=Brötchen", 200, 200, 200, 200, 200),
			new Rule("/portal/profiles/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404),
			new Rule("/portal/offers/unknown", 404, 404, 404, 404, 404),
			new Rule("/portal/register", 200, 200, 200, 200, 200),
			new Rule("/portal/register/unknown-token-000000000000", 404, 404, 404, 404, 404),
			new Rule("/portal/open-data/profiles.csv", 200, 200, 200, 200, 200),
			new Rule("/portal/open-data/profiles.json", 200, 200, 200, 200, 200),
			new Rule("/sitemap.xml", 200, 200, 200, 200, 200),
			new Rule("/portal/my-profiles", 302, 200, 200, 200, 200),
			new Rule("/portal/office", 302, 200, 200, 403, 403),
			new Rule("/portal/office/statistics", 302, 200, 200, 403, 403),
			new Rule("/portal/office/profiles/new", 302, 200, 200, 403, 403),
			new Rule("/portal/office/profiles/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/portal/profiles/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 404, 404),
			new Rule("/portal/profiles/00000000-0000-0000-0000-000000000000/photos/00000000-0000-0000-0000-000000000000",
					404, 404, 404, 404, 404),
			new Rule("/api/v1/portal/profiles/00000000-0000-0000-0000-000000000000/photos", 404, 404, 404, 404, 404),
			new Rule("/surveys", 302, 200, 200, 403, 403),
			new Rule("/surveys/new", 302, 200, 200, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/invitations", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/questions/new", 302, 404, 404, 403, 403),
			new Rule("/umfrage/u_unknown-link", 404, 404, 404, 404, 404),
			new Rule("/umfrage/offen/s_unknown-link", 404, 404, 404, 404, 404),
			new Rule("/api/v1/surveys", 401, 200, 200, 403, 403),
			new Rule("/api/v1/surveys/00000000-0000-0000-0000-000000000000", 401, 404, 404, 403, 403),
			new Rule("/api/v1/surveys/00000000-0000-0000-0000-000000000000/questions", 401, 404, 404, 403, 403),
			new Rule("/api/v1/surveys/00000000-0000-0000-0000-000000000000/results", 401, 404, 404, 403, 403),
			new Rule("/api/v1/surveys/00000000-0000-0000-0000-000000000000/funding", 401, 404, 404, 403, 403),
			new Rule("/api/v1/surveys/00000000-0000-0000-0000-000000000000/responses", 401, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/results", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/results?sector=62&cross=q1:0", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/responses.xlsx", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/responses.csv", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/report.pdf", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/files/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/actuator/health", 200, 200, 200, 200, 200),
			new Rule("/actuator/health/readiness", 200, 200, 200, 200, 200),
			new Rule("/actuator/prometheus", 401, 200, 403, 403, 403),
			new Rule("/v3/api-docs", 200, 200, 200, 200, 200),
			new Rule("/interviews", 302, 200, 200, 403, 403),
			new Rule("/interviews/guides/new", 302, 200, 200, 403, 403),
			new Rule("/interviews/guides/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/interviews/guides/00000000-0000-0000-0000-000000000000/codes", 302, 404, 404, 403, 403),
			new Rule("/interviews/guides/00000000-0000-0000-0000-000000000000/matrix", 302, 404, 404, 403, 403),
			new Rule("/interviews/guides/00000000-0000-0000-0000-000000000000/interviews.docx", 302, 404, 404, 403, 403),
			new Rule("/interviews/guides/00000000-0000-0000-0000-000000000000/interviews.xlsx", 302, 404, 404, 403, 403),
			new Rule("/interviews/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/api/v1/interviews/guides", 401, 200, 200, 403, 403),
			new Rule("/api/v1/interviews/guides/00000000-0000-0000-0000-000000000000", 401, 404, 404, 403, 403),
			new Rule("/api/v1/interviews/guides/00000000-0000-0000-0000-000000000000/interviews", 401, 404, 404, 403, 403),
			new Rule("/api/v1/interviews/guides/00000000-0000-0000-0000-000000000000/codes", 401, 404, 404, 403, 403),
			new Rule("/api/v1/interviews/guides/00000000-0000-0000-0000-000000000000/matrix", 401, 404, 404, 403, 403),
			new Rule("/api/v1/interviews/00000000-0000-0000-0000-000000000000", 401, 404, 404, 403, 403),
			new Rule("/api/v1/interviews/00000000-0000-0000-0000-000000000000/codings", 401, 404, 404, 403, 403),
			new Rule("/api/v1/interviews/codes/00000000-0000-0000-0000-000000000000", 401, 404, 404, 403, 403),
			new Rule("/api/v1/interviews/codings/00000000-0000-0000-0000-000000000000", 401, 404, 404, 403, 403),
			new Rule("/strategy", 302, 200, 200, 200, 200),
			new Rule("/strategy?alliance=00000000-0000-0000-0000-000000000000", 302, 200, 200, 200, 200),
			new Rule("/strategy/plans/new", 302, 200, 200, 403, 403),
			new Rule("/strategy/plans/00000000-0000-0000-0000-000000000000", 302, 404, 404, 404, 404),
			new Rule("/strategy/plans/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/strategy/plans/00000000-0000-0000-0000-000000000000/indicators.csv", 302, 404, 404, 404, 404),
			new Rule("/strategy/plans/00000000-0000-0000-0000-000000000000/goals/new", 302, 404, 404, 403, 403),
			new Rule("/strategy/goals/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/strategy/goals/00000000-0000-0000-0000-000000000000/indicators/new", 302, 404, 404, 403, 403),
			new Rule("/strategy/indicators/00000000-0000-0000-0000-000000000000", 302, 404, 404, 404, 404),
			new Rule("/strategy/indicators/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/strategy/values/00000000-0000-0000-0000-000000000000/edit", 302, 404, 404, 403, 403),
			new Rule("/api/v1/plans", 401, 200, 200, 200, 200),
			new Rule("/api/v1/plans?alliance=00000000-0000-0000-0000-000000000000", 401, 200, 200, 200, 200),
			new Rule("/api/v1/plans/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/plans/00000000-0000-0000-0000-000000000000/progress", 401, 404, 404, 404, 404),
			new Rule("/api/v1/plans/00000000-0000-0000-0000-000000000000/goals", 401, 404, 404, 404, 404),
			new Rule("/api/v1/plans/goals/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/plans/indicators/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404),
			new Rule("/api/v1/plans/indicators/00000000-0000-0000-0000-000000000000/values", 401, 404, 404, 404, 404),
			new Rule("/api/v1/plans/values/00000000-0000-0000-0000-000000000000", 401, 404, 404, 404, 404));

	/** Endpoints that only take a POST, asked with the smallest valid body. */
	static final List<Rule> POST_RULES = List.of(
			new Rule("/api/v1/matchmaking/solve", 401, 200, 200, 403, 403),
			new Rule("/api/v1/survey-responses/u_unknown-link", 422, 422, 422, 422, 422),
			new Rule("/api/v1/surveys/00000000-0000-0000-0000-000000000000/invitations", 401, 404, 404, 403, 403),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/matchmaking/schedule", 401, 404, 404, 403, 403),
			new Rule("/api/v1/events/00000000-0000-0000-0000-000000000000/matchmaking/schedule/publish", 401, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/report/mail", 302, 404, 404, 403, 403),
			new Rule("/surveys/00000000-0000-0000-0000-000000000000/funding", 302, 404, 404, 403, 403),
			// the interviews API checks the body before method security: a body without the required fields is 422 for
			// every signed-in caller; with a valid body members and experts get 403 (InterviewApiIntegrationTest)
			new Rule("/api/v1/interviews/guides", 401, 422, 422, 422, 422),
			new Rule("/api/v1/interviews/guides/00000000-0000-0000-0000-000000000000/questions", 401, 422, 422, 422, 422),
			new Rule("/api/v1/interviews/guides/00000000-0000-0000-0000-000000000000/interviews", 401, 422, 422, 422, 422),
			new Rule("/api/v1/interviews/guides/00000000-0000-0000-0000-000000000000/codes", 401, 422, 422, 422, 422),
			new Rule("/api/v1/interviews/00000000-0000-0000-0000-000000000000/codings", 401, 422, 422, 422, 422),
			new Rule("/strategy/plans", 302, 200, 200, 403, 403),
			new Rule("/strategy/plans/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/strategy/plans/00000000-0000-0000-0000-000000000000/delete", 302, 404, 404, 403, 403),
			new Rule("/strategy/plans/00000000-0000-0000-0000-000000000000/goals", 302, 404, 404, 403, 403),
			new Rule("/strategy/goals/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/strategy/goals/00000000-0000-0000-0000-000000000000/delete", 302, 404, 404, 403, 403),
			new Rule("/strategy/goals/00000000-0000-0000-0000-000000000000/indicators", 302, 404, 404, 403, 403),
			new Rule("/strategy/indicators/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/strategy/indicators/00000000-0000-0000-0000-000000000000/delete", 302, 404, 404, 403, 403),
			new Rule("/strategy/indicators/00000000-0000-0000-0000-000000000000/values", 302, 404, 404, 403, 403),
			new Rule("/strategy/values/00000000-0000-0000-0000-000000000000", 302, 404, 404, 403, 403),
			new Rule("/strategy/values/00000000-0000-0000-0000-000000000000/delete", 302, 404, 404, 403, 403),
			// the plans API, like the interviews API, checks the body before method security (PlanApiIntegrationTest)
			new Rule("/api/v1/plans", 401, 422, 422, 422, 422),
			new Rule("/api/v1/plans/00000000-0000-0000-0000-000000000000/goals", 401, 422, 422, 422, 422),
			new Rule("/api/v1/plans/goals/00000000-0000-0000-0000-000000000000/indicators", 401, 422, 422, 422, 422),
			new Rule("/api/v1/plans/indicators/00000000-0000-0000-0000-000000000000/values", 401, 422, 422, 422, 422));

	static final String SMALLEST_BODY = "{\"rounds\": 1, \"participants\": [], \"weights\": []}";

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> everyEndpointForEveryRole() {
		return RULES.stream()
			.flatMap(rule -> Stream.of(ANONYMOUS, "ADMIN", "COORDINATOR", "MEMBER", "EXPERT")
				.map(caller -> Arguments.of(rule.path(), caller, rule.forCaller(caller))));
	}

	/** A business that registered itself in the portal has an account without a role. */
	@ParameterizedTest(name = "GET {0} without a role -> {1}")
	@CsvSource(textBlock = """
			/portal/my-profiles,                   200
			/account/tokens,                       200
			/network/organisations,                403
			/labs,                                 403
			/themed-worlds,                        403
			/events/new,                           403
			/matchmaking,                          403
			/events/00000000-0000-0000-0000-000000000000/matchmaking/me, 403
			/matchmaking/p/unknown-token-000000000000, 404
			/api/v1/me,                            200
			/api/v1/organizations,                 403
			/api/v1/stations/00000000-0000-0000-0000-000000000000, 403
			""")
	void anAccountWithoutARoleReachesOnlyItsPortalPagesAndItself(String path, int expected) throws Exception {
		mvc.perform(get(path).with(user("betrieb@example.org").authorities(List.of()))).andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{1} GET {0} -> {2}")
	@MethodSource
	void everyEndpointForEveryRole(String path, String caller, int expected) throws Exception {
		mvc.perform(get(path).with(as(caller))).andExpect(status().is(expected));
	}

	static Stream<Arguments> everyPostEndpointForEveryRole() {
		return POST_RULES.stream()
			.flatMap(rule -> Stream.of(ANONYMOUS, "ADMIN", "COORDINATOR", "MEMBER", "EXPERT")
				.map(caller -> Arguments.of(rule.path(), caller, rule.forCaller(caller))));
	}

	@ParameterizedTest(name = "{1} POST {0} -> {2}")
	@MethodSource
	void everyPostEndpointForEveryRole(String path, String caller, int expected) throws Exception {
		// with a CSRF token, which pages ask for and the API ignores, so that pages answer by their rules
		mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(SMALLEST_BODY).with(csrf()).with(as(caller)))
			.andExpect(status().is(expected));
	}

	private static RequestPostProcessor as(String caller) {
		if (caller.equals(ANONYMOUS)) {
			return anonymous();
		}
		DemoLogins.DemoLogin login = DemoLogins.LOGINS.stream()
			.filter(candidate -> candidate.role().name().equals(caller))
			.findFirst()
			.orElseThrow();
		// HTTP Basic works for the API; for pages the web chain ignores it, so sign in the session way
		return request -> {
			if (request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/actuator/")) {
				return httpBasic(login.email(), login.password()).postProcessRequest(request);
			}
			return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(login.email())
				.roles(login.role().name())
				.postProcessRequest(request);
		};
	}
}

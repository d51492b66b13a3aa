package org.regiolab.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile pages kept for visitors without an account (ProfilePageCache), through real HTTP: a
 * page comes from the cache with its security headers and counts as a view; a new version or
 * photo is shown at once; what may be personal never comes from the cache; browsers get it compressed.
 */
@IntegrationTest
class ProfilePageCacheIntegrationTest {

	@Autowired
	NetworkDirectory network;

	@Autowired
	ProfileRegistry registry;

	@Autowired
	PageStatistics statistics;

	@Autowired
	ProfilePhotos photos;

	@LocalServerPort
	int port;

	@Test
	void aVisitorsSecondViewComesFromTheCacheAsTheFirstWasAndBothAreCounted() {
		UUID profile = published("Bäckerei Zwischenspeicher " + tag());
		LiveHttp http = new LiveHttp(port);
		var first = http.get("/portal/profiles/" + profile);
		var second = http.get("/portal/profiles/" + profile);
		assertThat(first.headers().firstValue("Age")).isEmpty();
		assertThat(second.headers().firstValue("Age")).isPresent();
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body()).contains("Bäckerei Zwischenspeicher");
		for (String header : new String[] { "ETag", "Cache-Control", "Content-Security-Policy", "X-Frame-Options",
				"X-Content-Type-Options", "Last-Modified", "Content-Language" }) {
			assertThat(second.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header));
		}
		assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(second.headers().allValues("Vary").toString()).contains("Accept-Language").contains("Accept-Encoding");
		var notModified = http.get("/portal/profiles/" + profile, "If-None-Match", first.headers().firstValue("ETag").orElseThrow());
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();

		statistics.flush();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
		assertThat(statistics.viewsOf("profile:" + profile, today.minusDays(1), today.plusDays(1))).isEqualTo(3);
	}

	@Test
	void aNewVersionIsShownAtOnceAndEachLanguageHasItsOwnPage() {
		UUID profile = published("Fahrradladen Altstand " + tag());
		LiveHttp http = new LiveHttp(port);
		assertThat(http.get("/portal/profiles/" + profile).body()).contains("Fahrradladen Altstand");
		assertThat(http.get("/portal/profiles/" + profile, "Accept-Language", "en").body()).contains("<html lang=\"en\"");
		assertThat(http.get("/portal/profiles/" + profile).body()).contains("<html lang=\"de\"");

		ProfileContent renamed = Businesses.aBakery("Fahrradladen Neustand", "Stadtmitte");
		registry.change(profile, renamed, office());
		registry.publish(profile);
		assertThat(http.get("/portal/profiles/" + profile).body()).contains("Fahrradladen Neustand");
		assertThat(http.get("/portal/profiles/" + profile, "Accept-Language", "en").body()).contains("Fahrradladen Neustand");
	}

	@Test
	void aPhotoAddedOrRemovedIsShownAtOnce() throws IOException {
		UUID profile = published("Konditorei Bilderbogen " + tag());
		LiveHttp http = new LiveHttp(port);
		http.get("/portal/profiles/" + profile);
		assertThat(http.get("/portal/profiles/" + profile).headers().firstValue("Age")).isPresent();

		ProfilePhotos.Photo photo = photos.add(profile, png(), "Die Auslage am Morgen", office());
		assertThat(http.get("/portal/profiles/" + profile).body()).contains("Die Auslage am Morgen");
		photos.remove(profile, photo.id(), office());
		assertThat(http.get("/portal/profiles/" + profile).body()).doesNotContain("Die Auslage am Morgen");
	}

	@Test
	void whatMayBePersonalNeverComesFromTheCache() {
		UUID profile = published("Schneiderei Eigenes " + tag());
		LiveHttp http = new LiveHttp(port);
		http.get("/portal/profiles/" + profile);
		assertThat(http.get("/portal/profiles/" + profile).headers().firstValue("Age")).isPresent();
		String[][] personal = { { "Cookie", "REGIOLAB_SESSION=abc" }, { "Authorization", "Basic eDp5" },
				{ "Cache-Control", "no-cache" } };
		for (String[] header : personal) {
			var page = http.get("/portal/profiles/" + profile, header[0], header[1]);
			assertThat(page.headers().firstValue("Age")).as(header[0]).isEmpty();
		}
		assertThat(http.get("/portal/profiles/" + profile + "?lang=en").headers().firstValue("Age")).isEmpty();
		assertThat(http.get("/portal/profiles/" + profile.toString().toUpperCase()).headers().firstValue("Age")).isEmpty();
		// the language switcher's cookie is not personal: its language has its own copy
		var english = http.get("/portal/profiles/" + profile, "Cookie", "regiolab-lang=en");
		assertThat(english.body()).contains("<html lang=\"en\"");
		assertThat(http.get("/portal/profiles/" + profile, "Cookie", "regiolab-lang=en").headers().firstValue("Age"))
			.isPresent();
		assertThat(http.get("/portal/profiles/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void browsersThatTakeGzipGetThePageCompressed() throws IOException {
		UUID profile = published("Gärtnerei Kompakt " + tag());
		LiveHttp http = new LiveHttp(port);
		String plain = http.get("/portal/profiles/" + profile).body();
		var compressed = http.getBytes("/portal/profiles/" + profile, "Accept-Encoding", "gzip, deflate, br");
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.body().length).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
		}
		var refused = http.get("/portal/profiles/" + profile, "Accept-Encoding", "gzip;q=0, identity");
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(refused.body()).isEqualTo(plain);
	}

	private UUID published(String name) {
		UUID organisation = network.organisationNamed("Hochschule Ruhr West").orElseThrow();
		UUID id = registry.create(organisation, Businesses.aBakery(name, "Stadtmitte"));
		registry.publish(id);
		return id;
	}

	private static UsernamePasswordAuthenticationToken office() {
		return UsernamePasswordAuthenticationToken.authenticated(DemoUser.COORDINATOR.email(), null,
				AuthorityUtils.createAuthorityList("ROLE_COORDINATOR"));
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}
}

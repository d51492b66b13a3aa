package org.regiolab.network;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An office imports its contact list: broken rows get a report by row and column, and nothing is
 * half-imported unless the office chooses to skip the rows in error.
 */
@IntegrationTest
class ImportsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aListWithBrokenRowsFailsWithAReportAndCreatesNothing() throws Exception {
		String tag = tag();
		String job = submit(excelCsv(tag), "organizations", false);
		String result = finished(job);
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("FAILED");
		assertThat(result).contains("\"row\":3", "\"column\":\"Firma\"", "Pflichtangabe fehlt",
				"\"row\":5", "\"column\":\"AGS\"", "Unbekannter Regionalschlüssel");
		assertThat(count(tag)).isZero();
	}

	@Test
	void skippingTheRowsInErrorCreatesTheGoodOnesAndReportsDuplicates() throws Exception {
		String tag = tag();
		String result = finished(submit(excelCsv(tag), "organizations", true));
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(result, "$.created")).isEqualTo(2);
		assertThat(result).contains("\"earlierRow\":2", "Handwerkskammer Münster");
		assertThat(jdbc.sql("select city from organisation where name = ?").param("Bäckerei Groß " + tag)
			.query(String.class).single()).isEqualTo("Bottrop");
		assertThat(jdbc.sql("select count(*) from organisation where name = 'Handwerkskammer Münster'")
			.query(Long.class).single()).isOne();
	}

	@Test
	void aDuplicateIsMergedByFillingOnlyWhatTheExistingOrganisationLacks() throws Exception {
		String tag = tag();
		String name = "Glaserei Kühn " + tag;
		jdbc.sql("insert into organisation (id, name, kind, postal_code, city) values (?, ?, 'CRAFT_BUSINESS', '46236', 'Bottrop')")
			.params(UUID.randomUUID(), name).update();
		String csv = "Firma;PLZ;Ort;Internet\n" + name + ";46236;Gladbeck;www.glaserei-kuehn.example\n";
		String job = submit(csv.getBytes(StandardCharsets.UTF_8), "organizations", false);
		String result = finished(job);
		assertThat((Integer) JsonPath.read(result, "$.created")).isZero();
		assertThat(result).contains("\"row\":2", "\"merged\":false");

		String merged = mvc.perform(post("/api/v1/imports/{id}/duplicates/2/merge", job)
				.with(httpBasic("koordination@demo.regiolab.example", "Demo-Koordination-2026")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(merged).contains("\"merged\":true");
		assertThat(jdbc.sql("select city || '|' || website from organisation where name = ?").param(name)
			.query(String.class).single()).isEqualTo("Bottrop|https://www.glaserei-kuehn.example");
	}

	@Test
	void brokenQuotingIsReportedWithItsRow() throws Exception {
		String csv = "Name,Ort\n\"Gut GmbH\",Bottrop\n\"Kaputt GmbH,Bottrop\nNoch eine,Essen\n";
		String result = finished(submit(csv.getBytes(StandardCharsets.UTF_8), "organizations", false));
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("FAILED");
		assertThat(result).contains("\"row\":3", "Anführungszeichen");
		assertThat(jdbc.sql("select count(*) from organisation where name = 'Gut GmbH'").query(Long.class).single()).isZero();
	}

	@Test
	void peopleComeFromAnExcelWorkbookAndAreLinkedToTheirOrganisation() throws Exception {
		String tag = tag();
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Kontakte");
			String[][] rows = { { "Vorname", "Nachname", "E-Mail", "Organisation", "Funktion" },
					{ "Jörg", "Schäfer" + tag, "joerg." + tag + "@example.org", "Stadt Bottrop", "Citymanager" },
					{ "Ute", "Ohnefirma" + tag, "", "Gibt es nicht GmbH", "" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			workbook = out.toByteArray();
		}
		String result = finished(submit(workbook, "people", true));
		assertThat((Integer) JsonPath.read(result, "$.created")).isEqualTo(1);
		assertThat(result).contains("\"row\":3", "\"column\":\"Organisation\"");
		assertThat(jdbc.sql("select o.name from person p join organisation o on o.id = p.organisation where p.family_name = ?")
			.param("Schäfer" + tag).query(String.class).single()).isEqualTo("Stadt Bottrop");
		assertThat(jdbc.sql("select count(*) from person_consent c join person p on p.id = c.person where p.family_name = ?")
			.param("Schäfer" + tag).query(Long.class).single()).as("imported people have no consent").isZero();
	}

	@Test
	void anUploadLargerThanTheApisJsonLimitIsAccepted() throws Exception {
		String tag = tag();
		// few rows with long descriptions: over the 1 MB JSON limit without filling the shared database
		String description = "Großhandel für Bäckereibedarf, Kühltechnik und Ladenbau im Ruhrgebiet. ".repeat(8);
		StringBuilder csv = new StringBuilder("Firma;PLZ;Ort;Beschreibung\n");
		for (int row = 0; csv.length() < 1_200_000; row++) {
			csv.append("Großhandel Übermaß ").append(tag).append(' ').append(row).append(";46236;Bottrop;")
				.append(description).append('\n');
		}
		String result = finished(submit(csv.toString().getBytes(StandardCharsets.UTF_8), "organizations", false));
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("DONE");
		assertThat(count(tag + " 0")).isOne();
	}

	@Test
	void aFileThatIsNoTableIsRefusedAtOnce() throws Exception {
		mvc.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "bild.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }))
				.param("kind", "organizations")
				.with(httpBasic("koordination@demo.regiolab.example", "Demo-Koordination-2026")))
			.andExpect(status().isUnprocessableContent());
	}

	/** A semicolon list in Windows-1252, as German Excel saves it: row 3 lacks a name, row 5 has an unknown AGS. */
	private static byte[] excelCsv(String tag) {
		String csv = String.join("\r\n", "Firma;Art;PLZ;Ort;AGS;Internet",
				"Bäckerei Groß " + tag + ";Handwerksbetrieb;46236;Bottrop;05512;www.baeckerei.example",
				";Unternehmen;46236;Bottrop;05512;",
				"Bäckerei Groß " + tag + ";Handwerksbetrieb;46236;Bottrop;05512;",
				"Fehlerhaft " + tag + ";Unternehmen;46236;Bottrop;99999;",
				"Handwerkskammer Münster;Kammer;;Münster;05515;",
				"Café Süß " + tag + ";Unternehmen;46242;Bottrop;05512;", "");
		return csv.getBytes(Charset.forName("windows-1252"));
	}

	private String submit(byte[] content, String kind, boolean skipErrors) throws Exception {
		String body = mvc.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "kontakte.csv", "text/csv", content))
				.param("kind", kind)
				.param("skipErrors", Boolean.toString(skipErrors))
				.with(httpBasic("koordination@demo.regiolab.example", "Demo-Koordination-2026")))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private String finished(String job) {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> mvc
			.perform(get("/api/v1/imports/{id}", job).header("Accept-Language", "de")
				.with(httpBasic("koordination@demo.regiolab.example", "Demo-Koordination-2026")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
				body -> body.contains("\"status\":\"DONE\"") || body.contains("\"status\":\"FAILED\""));
	}

	private long count(String tag) {
		return jdbc.sql("select count(*) from organisation where name like ?").param("%" + tag).query(Long.class).single();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}

package org.regiolab.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.regiolab.support.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload is what its bytes say, whatever it is called. */
class ContentSignatureTest {

	@Test
	void aPdfIsAPdf() {
		assertThat(ContentSignature.mediaType(SampleFiles.pdf())).contains(ContentSignature.PDF);
	}

	@Test
	void pngAndJpegAreImages() {
		assertThat(ContentSignature.mediaType(SampleFiles.image("png"))).contains(ContentSignature.PNG_IMAGE);
		assertThat(ContentSignature.mediaType(SampleFiles.image("jpg"))).contains(ContentSignature.JPEG_IMAGE);
	}

	@Test
	void aWordDocumentIsTold() {
		assertThat(ContentSignature.mediaType(SampleFiles.docx())).contains(ContentSignature.DOCX);
	}

	@Test
	void anExcelWorkbookIsTold() {
		assertThat(ContentSignature.mediaType(SampleFiles.xlsx())).contains(ContentSignature.XLSX);
	}

	@Test
	void aZipWithoutTheOfficeDocumentsPartsIsNothing() {
		assertThat(ContentSignature.mediaType(SampleFiles.zip())).isEmpty();
	}

	@Test
	void aProgramIsNothing() {
		assertThat(ContentSignature.mediaType(SampleFiles.program())).isEmpty();
	}

	@Test
	void utf8TextWithUmlautsIsText() {
		assertThat(ContentSignature.mediaType(SampleFiles.text("Straße;Größe\nBottrop;12,5\n"))).contains(ContentSignature.PLAIN_TEXT);
	}

	@Test
	void latin1TextIsNotUtf8AndSoNothing() {
		assertThat(ContentSignature.mediaType(new byte[] { 'G', 'r', (byte) 0xF6, (byte) 0xDF, 'e' })).isEmpty();
	}

	@Test
	void aZipThatUnpacksToMoreThan32MegabytesBeforeItsPartsIsNothing() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("fuellung.bin"));
			byte[] zeros = new byte[1024 * 1024];
			for (int megabyte = 0; megabyte < 40; megabyte++) {
				zip.write(zeros);
			}
			for (String part : new String[] { "[Content_Types].xml", "word/document.xml" }) {
				zip.putNextEntry(new ZipEntry(part));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			}
		}

		assertThat(out.size()).isLessThan(1024 * 1024);
		assertThat(ContentSignature.mediaType(out.toByteArray())).isEmpty();
	}
}

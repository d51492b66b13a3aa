package org.regiolab.surveys;

import java.util.List;

import org.regiolab.platform.ContentSignature;
import org.springframework.modulith.NamedInterface;

/** What a file question accepts, told by the file's content (see {@link ContentSignature}), never by its name. */
@NamedInterface("api")
public enum FileKind {

	PDF(List.of(ContentSignature.PDF), ".pdf"),
	/** PNG or JPEG. */
	IMAGE(List.of(ContentSignature.PNG_IMAGE, ContentSignature.JPEG_IMAGE), ".png,.jpg,.jpeg"),
	/** Word, as DOCX. */
	WORD(List.of(ContentSignature.DOCX), ".docx"),
	/** Excel, as XLSX. */
	EXCEL(List.of(ContentSignature.XLSX), ".xlsx"),
	/** Plain text or CSV in UTF-8. */
	TEXT(List.of(ContentSignature.PLAIN_TEXT), ".txt,.csv");

	private final List<String> mediaTypes;
	private final String endings;

	FileKind(List<String> mediaTypes, String endings) {
		this.mediaTypes = mediaTypes;
		this.endings = endings;
	}

	boolean accepts(String mediaType) {
		return mediaTypes.contains(mediaType);
	}

	/** The endings a browser offers in its file dialogue ({@code accept}); a hint only, the content decides. */
	public String endings() {
		return endings;
	}
}

package org.regiolab.surveys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guide's interviews as a Word report (each interview with its notes per question, then the coded
 * passages by code) and as a workbook (a sheet of interviews × questions, a sheet of coded passages).
 */
@Component
@Transactional(readOnly = true)
public class InterviewDocuments {

	private static final int CELL_LIMIT = 32_767;

	private final InterviewGuides guides;
	private final Interviews interviews;
	private final CodeBooks codes;
	private final Codings codings;
	private final MessageSource messages;

	InterviewDocuments(InterviewGuides guides, Interviews interviews, CodeBooks codes, Codings codings, MessageSource messages) {
		this.guides = guides;
		this.interviews = interviews;
		this.codes = codes;
		this.codings = codings;
		this.messages = messages;
	}

	public byte[] docx(UUID id, Locale locale) {
		InterviewGuide guide = guides.load(id);
		DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(guide.data().title());
			document.getProperties().getCoreProperties().setCreator("RegioLab");
			defineHeadings(document);
			heading(document, "Title", guide.data().title());
			if (guide.ownerName() != null) {
				document.createParagraph().createRun().setText(guide.ownerName());
			}
			for (Interview interview : interviews.ofGuide(id)) {
				heading(document, "Heading1", interview.data().label());
				String facts = date.format(interview.data().interviewedOn()) + " · "
						+ text("interview.interviewer", locale) + ": " + interview.data().interviewer()
						+ (interview.organisationName() == null ? "" : " · " + interview.organisationName());
				document.createParagraph().createRun().setText(facts);
				if (interview.data().invented()) {
					XWPFRun invented = document.createParagraph().createRun();
					invented.setItalic(true);
					invented.setText(text("interview.invented.notice", locale));
				}
				if (interview.erasedAt() != null) {
					document.createParagraph().createRun().setText(text("interview.erased.notice", locale));
				}
				for (InterviewQuestion question : guide.questions()) {
					String answer = interview.answer(question.id());
					if (answer == null) {
						continue;
					}
					heading(document, "Heading2", question.text().in(locale));
					for (String line : answer.split("\n")) {
						document.createParagraph().createRun().setText(line);
					}
				}
			}
			List<Codings.Quote> quotes = codings.quotes(id, null);
			if (!quotes.isEmpty()) {
				heading(document, "Heading1", text("interview.codings", locale));
				for (Code code : codes.of(id)) {
					List<Codings.Quote> ofCode = quotes.stream().filter(quote -> quote.code().id().equals(code.id())).toList();
					if (ofCode.isEmpty()) {
						continue;
					}
					heading(document, "Heading2", code.path());
					for (Codings.Quote quote : ofCode) {
						XWPFParagraph paragraph = document.createParagraph();
						paragraph.setIndentationLeft(360);
						XWPFRun said = paragraph.createRun();
						said.setText("»" + quote.quote() + "«");
						XWPFRun where = paragraph.createRun();
						where.setItalic(true);
						where.setText(" (" + quote.interviewLabel() + ")");
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] xlsx(UUID id, Locale locale) {
		InterviewGuide guide = guides.load(id);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getProperties().getCoreProperties().setTitle(guide.data().title());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);

			Sheet notes = workbook.createSheet(text("interview.sheet.interviews", locale));
			Row header = notes.createRow(0);
			List<String> columns = new java.util.ArrayList<>(List.of(text("interview.label", locale),
					text("interview.date", locale), text("interview.interviewer", locale),
					text("interview.organisation", locale), text("interview.invented", locale)));
			guide.questions().forEach(question -> columns.add(question.text().in(locale)));
			cells(header, columns, bold);
			int r = 1;
			for (Interview interview : interviews.ofGuide(id)) {
				List<String> values = new java.util.ArrayList<>(List.of(interview.data().label(),
						interview.data().interviewedOn().toString(), interview.data().interviewer(),
						interview.organisationName() == null ? "" : interview.organisationName(),
						interview.data().invented() ? text("interview.yes", locale) : text("interview.no", locale)));
				guide.questions().forEach(question -> values.add(
						interview.answer(question.id()) == null ? "" : interview.answer(question.id())));
				cells(notes.createRow(r++), values, wrapped);
			}
			notes.createFreezePane(1, 1);

			Sheet passages = workbook.createSheet(text("interview.sheet.codings", locale));
			cells(passages.createRow(0), List.of(text("interview.code", locale), text("interview.label", locale),
					text("interview.question", locale), text("interview.quote", locale)), bold);
			r = 1;
			for (Codings.Quote quote : codings.quotes(id, null)) {
				cells(passages.createRow(r++), List.of(quote.code().path(), quote.interviewLabel(), quote.questionText(),
						quote.quote()), wrapped);
			}
			passages.createFreezePane(0, 1);
			for (Sheet sheet : List.of(notes, passages)) {
				for (int column = 0; column < sheet.getRow(0).getLastCellNum(); column++) {
					sheet.setColumnWidth(column, 40 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cells(Row row, List<String> values, CellStyle style) {
		for (int column = 0; column < values.size(); column++) {
			String value = values.get(column);
			var cell = row.createCell(column);
			// a cell holds at most 32,767 characters; a longer transcript is cut there rather than refused
			cell.setCellValue(value.length() > CELL_LIMIT ? value.substring(0, CELL_LIMIT) : value);
			cell.setCellStyle(style);
		}
	}

	private static void heading(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setFontSize("Title".equals(style) ? 20 : "Heading1".equals(style) ? 16 : 13);
		run.setText(text);
	}

	// real heading styles, so that Word's navigation and screen readers find the structure
	private static void defineHeadings(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		List<String> names = List.of("Title", "Heading1", "Heading2");
		for (int level = 0; level < names.size(); level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId(names.get(level));
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal(level == 0 ? "Title" : "heading " + level);
			style.addNewQFormat();
			if (level > 0) {
				style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
			}
			styles.addStyle(new XWPFStyle(style));
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}

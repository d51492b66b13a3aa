package org.regiolab.labs;

import java.math.BigInteger;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles a new POI document lacks: Word's own "heading 1" and "heading 2" (so that its navigation
 * pane and screen readers find the headings), the text font and language, and a bullet list.
 */
final class WordStyles {

	private static final String FONT = "Arial";
	private static final String HEADING_COLOUR = "0B3D63";

	private WordStyles() {
	}

	static void define(XWPFDocument document, Locale locale) {
		CTStyles defaults = CTStyles.Factory.newInstance();
		CTRPr text = defaults.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		CTFonts fonts = text.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		text.addNewSz().setVal(BigInteger.valueOf(20));
		text.addNewLang().setVal(locale.toLanguageTag());
		defaults.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(60));
		XWPFStyles styles = document.createStyles();
		styles.setStyles(defaults);
		styles.addStyle(heading(1, 34, 0));
		styles.addStyle(heading(2, 26, 240));
	}

	/** The id of Word's built-in heading style of this level. */
	static String heading(int level) {
		return "Heading" + level;
	}

	/** The numbering id of a one-level bullet list. */
	static BigInteger bullets(XWPFDocument document) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = list.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		CTInd indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(284));
		indent.setHanging(BigInteger.valueOf(284));
		XWPFNumbering numbering = document.createNumbering();
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
	}

	// the lower-case name marks it as Word's built-in style, the outline level puts it into the navigation pane
	private static XWPFStyle heading(int level, int halfPoints, int spaceBefore) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(heading(level));
		style.addNewName().setVal("heading " + level);
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewKeepNext();
		CTSpacing spacing = paragraph.addNewSpacing();
		spacing.setBefore(BigInteger.valueOf(spaceBefore));
		spacing.setAfter(BigInteger.valueOf(120));
		paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
		CTRPr text = style.addNewRPr();
		text.addNewB();
		text.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		text.addNewColor().setVal(HEADING_COLOUR);
		return new XWPFStyle(style);
	}
}

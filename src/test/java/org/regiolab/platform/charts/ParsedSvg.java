package org.regiolab.platform.charts;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A chart's SVG read by the JDK's XML parser, which refuses anything not well-formed. */
record ParsedSvg(Element root) {

	static ParsedSvg of(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
			return new ParsedSvg(document.getDocumentElement());
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new AssertionError("Not well-formed: " + svg, ex);
		}
	}

	List<Element> all(String tag) {
		NodeList nodes = root.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	List<String> texts(String tag) {
		return all(tag).stream().map(Element::getTextContent).toList();
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	/** The title that names the SVG, found by the id in {@code aria-labelledby}. */
	String accessibleName() {
		String id = root.getAttribute("aria-labelledby");
		return all("title").stream().filter(title -> title.getAttribute("id").equals(id)).findFirst()
			.map(Element::getTextContent).orElseThrow(() -> new AssertionError("No title with id " + id));
	}
}

package com.wqs.adapter.web.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutGeometry;
import com.wqs.domain.layout.LayoutNotation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ElevationSvgTest {

    static LayoutGeometry geometry(String notation, int width, int height, int division) {
        Layout layout = LayoutNotation.parse(notation, "layout");
        return LayoutGeometry.place(layout, width, height, division, 1, "", new ArrayList<>()).orElseThrow();
    }

    @Test
    void aSlidingWindowHasItsLabelsDimensionsArrowsAndATextAlternative() throws Exception {
        String svg = ElevationSvg.render(geometry("V[SL,SR]", 1500, 1200, 0));
        Document doc = parse(svg);

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("-");
        assertThat(texts(doc, "//*[local-name()='text' and @class='cell-label']")).containsExactly("A", "B");
        assertThat(texts(doc, "//*[@class='dim-width']/*[local-name()='text']")).containsExactly("1500");
        assertThat(texts(doc, "//*[@class='dim-height']/*[local-name()='text']")).containsExactly("1200");
        assertThat(texts(doc, "//*[@class='dim-cell-width']/*[local-name()='text']")).containsExactly("750", "750");
        assertThat(texts(doc, "//*[@class='dim-cell-height']/*[local-name()='text']")).isEmpty();
        assertThat(count(doc, "//*[@class='symbol sliding to-left']")).isEqualTo(1);
        assertThat(count(doc, "//*[@class='symbol sliding to-right']")).isEqualTo(1);
        assertThat(texts(doc, "/*[local-name()='svg']/*[local-name()='title']")).containsExactly(
                "Window 1500 × 1200 mm: A sliding left 750 × 1200, B sliding right 750 × 1200");
        assertThat(svg).doesNotContain("href", "url(", " id=");
    }

    @Test
    void openingsHaveTheirConventionalSymbolsAndDivisionsAreDrawn() throws Exception {
        LayoutGeometry g = geometry("H(1700)[V[TTL,FIX,CR],V[AW,HO]]", 2400, 2000, 70);
        Document doc = parse(ElevationSvg.render(g));

        assertThat(texts(doc, "//*[local-name()='text' and @class='cell-label']")).containsExactly("A", "B", "C", "D", "E");
        assertThat(count(doc, "//*[local-name()='rect' and @class='mullion']")).isEqualTo(3);
        assertThat(count(doc, "//*[local-name()='rect' and @class='transom']")).isEqualTo(1);
        // Tilt-turn: side-hung plus tilt; casement: side-hung; fixed: nothing.
        assertThat(count(doc, "//*[@class='cell opening-tilt-turn-left']/*[@class='symbol side-hung']")).isEqualTo(1);
        assertThat(count(doc, "//*[@class='cell opening-tilt-turn-left']/*[@class='symbol tilt']")).isEqualTo(1);
        assertThat(count(doc, "//*[@class='cell opening-casement-right']/*[@class='symbol side-hung']")).isEqualTo(1);
        assertThat(count(doc, "//*[@class='cell opening-fixed']/*[starts-with(@class,'symbol')]")).isZero();
        assertThat(count(doc, "//*[@class='cell opening-awning']/*[@class='symbol top-hung']")).isEqualTo(1);
        assertThat(count(doc, "//*[@class='cell opening-hopper']/*[@class='symbol bottom-hung']")).isEqualTo(1);
        // Heights: the top row (300 less half the transom) and bottom row, then 2000 overall.
        assertThat(texts(doc, "//*[@class='dim-cell-height']/*[local-name()='text']")).containsExactly("265", "1665");
        assertThat(texts(doc, "//*[@class='dim-height']/*[local-name()='text']")).containsExactly("2000");
        assertThat(texts(doc, "//*[@class='dim-width']/*[local-name()='text']")).containsExactly("2400");
        // The cells of the two rows do not line up: two chains of widths.
        assertThat(texts(doc, "//*[@class='dim-cell-width']/*[local-name()='text']")).hasSize(5);
    }

    @Test
    void casementApexIsAtTheHingeSide() throws Exception {
        LayoutGeometry g = geometry("CL", 1000, 1000, 0);
        Document doc = parse(ElevationSvg.render(g));
        String points = (String) XPathFactory.newInstance().newXPath()
                .evaluate("//*[@class='symbol side-hung']/@points", doc, XPathConstants.STRING);
        String[] apex = points.split(" ")[1].split(",");
        int glassLeft = Integer.parseInt((String) XPathFactory.newInstance().newXPath()
                .evaluate("//*[@class='glass']/@x", doc, XPathConstants.STRING));
        assertThat(Integer.parseInt(apex[0])).isEqualTo(glassLeft);
    }

    @Test
    void textIsEscapedAndTheOutputIsDeterministic() throws Exception {
        Layout layout = Layout.Split.equal(com.wqs.domain.layout.Direction.VERTICAL,
                new Layout.Cell(com.wqs.domain.layout.Opening.FIXED, "gl<&\">"), Layout.Cell.of(com.wqs.domain.layout.Opening.FIXED));
        LayoutGeometry g = LayoutGeometry.place(layout, 1200, 1000, 60, 1, "", new ArrayList<>()).orElseThrow();
        String svg = ElevationSvg.render(g);
        Document doc = parse(svg);
        assertThat(texts(doc, "/*[local-name()='svg']/*[local-name()='desc']").get(0)).contains("GL<&\">".toUpperCase());
        assertThat(ElevationSvg.render(g)).isEqualTo(svg);
        assertThat(ElevationSvg.renderCompact(g)).contains("width=\"170\"");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int count(Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET)).getLength();
    }
}

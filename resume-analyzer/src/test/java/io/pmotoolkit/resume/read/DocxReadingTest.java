package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** DOCX fixtures built with POI in the test. */
class DocxReadingTest {

    private static final CvReader READER = new CvReader();

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFParagraph para(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    private static BigInteger bulletList(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal("\u2022");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(absId);
    }

    @Test
    void bodyParagraphsListsAndTablesInDocumentOrder() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph title = para(doc, "Jane Doe");
        title.setStyle("Title");
        XWPFParagraph h = doc.createParagraph();
        XWPFRun hr = h.createRun();
        hr.setText("Work experience");
        hr.setBold(true);
        XWPFParagraph job = doc.createParagraph();
        XWPFRun jr = job.createRun();
        jr.setText("PMO Analyst, Acme Ltd");
        jr.addTab();
        jr.setText("2019 \u2013 2024");
        BigInteger num = bulletList(doc);
        for (String b : List.of("Ran monthly portfolio reporting", "Built the RAID log")) {
            para(doc, b).setNumID(num);
        }
        XWPFTable table = doc.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Skills");
        table.getRow(0).getCell(1).setText("Jira, Power BI");
        table.getRow(1).getCell(0).setText("Languages");
        table.getRow(1).getCell(1).setText("English");
        para(doc, "References on request.");
        CvDocument cv = READER.read("cv.docx", bytes(doc));

        assertEquals(DocumentFormat.DOCX, cv.format());
        assertEquals(List.of("Jane Doe", "Work experience", "PMO Analyst, Acme Ltd | 2019 – 2024",
                "Ran monthly portfolio reporting", "Built the RAID log", "Skills", "Jira, Power BI", "Languages",
                "English", "References on request."), cv.lines().stream().map(CvLine::text).toList());
        List<CvLine> l = cv.lines();
        assertTrue(l.get(0).heading(), "Title style");
        assertTrue(l.get(1).heading(), "bold short paragraph");
        assertFalse(l.get(2).heading());
        assertTrue(l.get(3).bullet() && l.get(4).bullet());
        assertFalse(l.get(2).bullet());
        assertEquals(LineOrigin.TABLE, l.get(5).origin());
        assertEquals(LineOrigin.BODY, l.get(9).origin());
    }

    @Test
    void contactDetailsOnlyInThePageHeaderAreWarnedAbout() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                .setText("Jane Doe | jane@example.com | +44 7700 900123");
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Confidential");
        para(doc, "Profile");
        para(doc, "Organised PMO analyst.");
        CvDocument cv = READER.read("cv.docx", bytes(doc));
        List<CvLine> l = cv.lines();
        assertEquals(LineOrigin.HEADER, l.get(0).origin(), l.toString());
        assertEquals("Jane Doe | jane@example.com | +44 7700 900123", l.get(0).text());
        assertEquals(LineOrigin.FOOTER, l.get(l.size() - 1).origin());
        assertTrue(cv.warnings().contains("Contact details are in the page header; some ATS systems ignore headers:"
                + " put them in the body too"), cv.warnings().toString());
    }

    @Test
    void textBoxesAreReadOnceAndWarnedAbout() throws IOException, XmlException {
        XWPFDocument doc = new XWPFDocument();
        para(doc, "Jane Doe");
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        CTP withBox = CTP.Factory.parse("<w:p xmlns:w='" + w + "' xmlns:v='urn:schemas-microsoft-com:vml'>"
                + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
                + "<w:p><w:r><w:t>Key skills</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Stakeholder management</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");
        doc.getDocument().getBody().addNewP().set(withBox);
        para(doc, "Experience");
        CvDocument cv = READER.read("cv.docx", bytes(doc));
        assertEquals(List.of("Jane Doe", "Key skills", "Stakeholder management", "Experience"),
                cv.lines().stream().map(CvLine::text).toList());
        assertEquals(LineOrigin.TEXT_BOX, cv.lines().get(1).origin());
        assertTrue(cv.warnings().stream().anyMatch(s -> s.startsWith("Text found in text boxes")), cv.warnings().toString());
    }
}

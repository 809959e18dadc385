package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.resume.batch.BatchInputs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry of CV formats: what help, the batch and the reader take from it. */
class DocumentFormatTest {

    @Test
    void listsTheUsualExtensionsInOrder() {
        assertEquals(List.of("docx", "pdf", "txt", "md", "html"), DocumentFormat.usualExtensions());
        assertEquals(".docx, .pdf, .txt, .md or .html", DocumentFormat.listed("or"));
        assertEquals(".docx, .pdf, .txt, .md and .html", DocumentFormat.listed("and"));
        assertEquals(Set.copyOf(DocumentFormat.usualExtensions()), BatchInputs.EXTENSIONS);
    }

    @Test
    void everyFormatIsFoundByEachOfItsExtensions() {
        for (DocumentFormat f : DocumentFormat.values()) {
            assertEquals(f.id(), f.extension());
            for (String e : f.extensions()) {
                assertEquals(Optional.of(f), DocumentFormat.byExtension(e), e);
            }
        }
        assertEquals(Optional.empty(), DocumentFormat.byExtension("doc"));
    }

    @Test
    void textIsMarkdownOnlyWhenTheNameSaysSo() {
        assertEquals(Optional.of(DocumentFormat.MD), DocumentFormat.bySignature(Sniffer.Kind.TEXT, "markdown"));
        assertEquals(Optional.of(DocumentFormat.TXT), DocumentFormat.bySignature(Sniffer.Kind.TEXT, "text"));
        assertEquals(Optional.of(DocumentFormat.TXT), DocumentFormat.bySignature(Sniffer.Kind.TEXT, ""));
        assertEquals(Optional.of(DocumentFormat.PDF), DocumentFormat.bySignature(Sniffer.Kind.PDF, "docx"));
        assertEquals(Optional.empty(), DocumentFormat.bySignature(Sniffer.Kind.RTF, "rtf"));
    }

    @Test
    void theReaderWarnsWhenTheExtensionNamesAnotherFormat() throws Exception {
        byte[] text = "Jane Doe\nPMO Analyst\nRAID log, weekly reporting, resource planning.\n"
                .getBytes(StandardCharsets.UTF_8);
        CvDocument misnamed = new CvReader().read("cv.pdf", text);
        assertEquals(DocumentFormat.TXT, misnamed.format());
        assertTrue(misnamed.warnings().stream().anyMatch(w -> w.equals("cv.pdf is really plain text; read it as TXT")),
                misnamed.warnings().toString());
        CvDocument md = new CvReader().read("cv.markdown", text);
        assertEquals(DocumentFormat.MD, md.format());
        assertTrue(md.warnings().stream().noneMatch(w -> w.contains("is really")), md.warnings().toString());
    }
}

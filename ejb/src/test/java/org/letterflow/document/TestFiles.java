package org.letterflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.letterflow.extraction.control.LetterForms;

/**
 * Files made for the tests: real PDFs, and hostile ones built on purpose. Shared with the web
 * module's tests through this module's test jar.
 */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] pdf(String text) {
        return new PdfComposer().heading("Письмо").paragraph(text).toBytes();
    }

    public static byte[] encryptedPdf(String text) {
        try (PDDocument document = Loader.loadPDF(pdf(text))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX whose document.xml inflates from a few hundred kilobytes to 300 MB. */
    public static byte[] zipBombDocx() {
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        return docx(out -> {
            out.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) {
                out.write(spaces);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A DOCX whose document.xml nests 200,000 elements deep. */
    public static byte[] deeplyNestedDocx() {
        return docx(out -> {
            out.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] open = "<w:p>".getBytes(StandardCharsets.UTF_8);
            byte[] close = "</w:p>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200_000; i++) {
                out.write(open);
            }
            for (int i = 0; i < 200_000; i++) {
                out.write(close);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A DOCX whose document.xml defines an entity that expands to a billion "lol"s. */
    public static byte[] billionLaughsDocx() {
        return docx(out -> out.write(billionLaughs("w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
                "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body>", "w:document")));
    }

    /** An ODT whose content.xml is the billion laughs. */
    public static byte[] billionLaughsOdt() {
        try {
            return LetterForms.odtPackage(billionLaughs("office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
                    "<office:body><office:text><text:p>&lol9;</text:p></office:text></office:body>", "office:document-content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] billionLaughs(String rootOpen, String body, String rootName) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + rootName.split(" ")[0] + " [\n"
                + "<!ENTITY lol \"lol\">\n");
        xml.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<").append(rootOpen).append(">").append(body).append("</").append(rootName).append(">");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF of {@code pages} pages, a line of text on each. */
    public static byte[] longPdf(int pages) {
        PdfComposer composer = new PdfComposer();
        for (int i = 1; i <= pages; i++) {
            composer.paragraph("Страница " + i + "\n".repeat(60));
        }
        return composer.toBytes();
    }

    /** A PDF with one page for each text given, its lines as written. */
    public static byte[] pagedPdf(String... pages) {
        try (PDDocument document = new PDDocument()) {
            var font = PdfComposer.loadFont(document);
            for (String text : pages) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                document.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(15);
                    content.newLineAtOffset(56, 740);
                    for (String line : text.split("\\R")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX of the given paragraphs. */
    public static byte[] docxText(String... paragraphs) {
        return docx(out -> {
            StringBuilder xml = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (String p : paragraphs) {
                xml.append("<w:p><w:r><w:t>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</w:t></w:r></w:p>");
            }
            out.write(xml.append("</w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    interface Body {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] docx(Body document) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "</Types>").getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("_rels/.rels"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                document.write(zip);
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

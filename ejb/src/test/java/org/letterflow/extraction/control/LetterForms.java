package org.letterflow.extraction.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.letterflow.document.PdfComposer;

/**
 * The same letter in the forms clerks receive it: a PDF with a text layer, a DOCX, an ODT, an
 * RTF, and a scan (each page an image, no text layer), all made from its plain text.
 */
public final class LetterForms {

    private LetterForms() {
    }

    public static byte[] pdf(String text) {
        return new PdfComposer().paragraph(text.replace("**", "")).toBytes();
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.replace("**", "").split("\\R", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument text: a paragraph a line. */
    public static byte[] odt(String text) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String line : text.replace("**", "").split("\\R", -1)) {
            content.append("<text:p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        return odtPackage(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An ODT package around a content.xml: the stored mimetype first, the manifest, the content. */
    public static byte[] odtPackage(byte[] contentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml);
        }
        return out.toByteArray();
    }

    /** Rich Text: a paragraph a line, Cyrillic as \\u escapes. */
    public static byte[] rtf(String text) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n");
        for (String line : text.replace("**", "").split("\\R", -1)) {
            for (char c : line.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    rtf.append('\\').append(c);
                } else if (c == '\t') {
                    rtf.append("\\tab ");
                } else if (c > 127) {
                    rtf.append("\\u").append((int) (short) c).append('?');
                } else {
                    rtf.append(c);
                }
            }
            rtf.append("\\par\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The text PDF printed and scanned: every page a 300-dpi grey image, no text at all. */
    public static byte[] scan(String text) throws IOException {
        try (PDDocument printed = Loader.loadPDF(pdf(text)); PDDocument scanned = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(printed);
            for (int i = 0; i < printed.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
                PDPage page = new PDPage(printed.getPage(i).getMediaBox());
                scanned.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(scanned, image);
                try (PDPageContentStream content = new PDPageContentStream(scanned, page)) {
                    content.drawImage(picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            scanned.save(out);
            return out.toByteArray();
        }
    }
}

package org.letterflow.extraction.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * The same letter in the forms clerks receive it: a PDF with a text layer, a DOCX, and a scan
 * (each page an image, no text layer), all made from its plain text.
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

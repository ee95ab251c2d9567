package org.letterflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.letterflow.platform.Text;

/**
 * The receipt mark ("Вх. № 123 от 15.01.2021") drawn in the top right corner of page 1 of a copy
 * of an incoming PDF. The original's bytes are not touched.
 */
public final class ReceiptStamp {

    private ReceiptStamp() {
    }

    /**
     * The mark's line: "Вх. № 123 от 15.01.2021"; a number that already says it is incoming
     * ("Вх-1", a journal's template) is not prefixed a second time: "№ Вх-1 от 15.01.2021".
     */
    public static String mark(String number, String date) {
        boolean saysIncoming = number.strip().regionMatches(true, 0, "Вх", 0, 2);
        return (saysIncoming ? Text.LETTER_NUMBERED_DATED : Text.RECEIPT_MARK).format(number, date);
    }

    /** The stamped copy; throws IOException for a PDF that cannot be opened (encrypted, broken). */
    public static byte[] stamp(byte[] pdf, String organisation, String mark) throws IOException {
        try (PDDocument document = DocumentReader.loadPdf(pdf)) {
            if (document.isEncrypted() || document.getNumberOfPages() == 0) {
                throw new IOException("encrypted or empty PDF");
            }
            PDPage first = document.getPage(0);
            PDRectangle box = first.getCropBox();
            PDType0Font font = PdfComposer.loadFont(document);
            float size = 9;
            String[] lines = {organisation, mark};
            float width = 0;
            for (String line : lines) {
                width = Math.max(width, font.getStringWidth(line) / 1000 * size);
            }
            width += 12;
            float height = lines.length * size * 1.4f + 8;
            float x = box.getUpperRightX() - width - 24;
            float y = box.getUpperRightY() - height - 18;
            try (PDPageContentStream content = new PDPageContentStream(document, first,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setStrokingColor(0.1f, 0.2f, 0.6f);
                content.setNonStrokingColor(0.1f, 0.2f, 0.6f);
                content.addRect(x, y, width, height);
                content.stroke();
                float line = y + height - 4 - size;
                for (String text : lines) {
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(x + 6, line);
                    content.showText(text);
                    content.endText();
                    line -= size * 1.4f;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}

package org.letterflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.letterflow.platform.Text;

/**
 * Writes simple A4 documents with a searchable text layer: headings, paragraphs wrapped to the
 * page, label–value rows and ruled tables whose header repeats on every page; portrait or
 * landscape, with page numbers when asked. Cyrillic is drawn with Liberation Sans (shipped inside
 * PDFBox), embedded as a subset.
 */
public final class PdfComposer {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float BODY = 11;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final PDRectangle size;
    private boolean numbered;
    private PDPageContentStream page;
    private float y;

    public PdfComposer() {
        this(PDRectangle.A4);
    }

    private PdfComposer(PDRectangle size) {
        this.size = size;
        font = loadFont(document);
    }

    /** An A4 page turned on its side: room for the many columns of a journal. */
    public static PdfComposer landscape() {
        return new PdfComposer(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
    }

    /** «Лист 2 из 5» at the foot of every page, as a printed journal's sheets are counted. */
    public PdfComposer numberPages() {
        numbered = true;
        return this;
    }

    /** Liberation Sans as a subset font of this document. */
    public static PDType0Font loadFont(PDDocument target) {
        try (InputStream in = PdfComposer.class.getResourceAsStream(FONT)) {
            return PDType0Font.load(target, in);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font is missing from PDFBox", e);
        }
    }

    public PdfComposer heading(String text) {
        return lines(text, 14, 0);
    }

    public PdfComposer paragraph(String text) {
        for (String line : (text == null ? "" : text).split("\\R", -1)) {
            lines(line, BODY, 0);
        }
        return this;
    }

    /** A requisite: its name at the left, its value wrapped in the column beside it. */
    public PdfComposer row(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        float labelWidth = 170;
        List<String> wrapped = wrap(value.strip(), BODY, width() - labelWidth);
        ensureRoom(BODY * LEADING);
        write(label, BODY, MARGIN);
        for (int i = 0; i < wrapped.size(); i++) {
            if (i > 0) {
                ensureRoom(BODY * LEADING);
            }
            write(wrapped.get(i), BODY, MARGIN + labelWidth);
            y -= BODY * LEADING;
        }
        return this;
    }

    /**
     * A ruled table: a header row and rows of cells, column widths as shares of the page width;
     * cells wrap (a word wider than its column too), a row that does not fit goes to the next page
     * whole, and the header is repeated at the top of every page the table continues on.
     */
    public PdfComposer table(float[] shares, String[] header, List<String[]> rows) {
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = shares[i] * width();
        }
        tableRow(widths, header, null);
        rows.forEach(row -> tableRow(widths, row, header));
        return this;
    }

    /** One row; {@code header} is the table's header to repeat on a new page, null for the header itself. */
    private void tableRow(float[] widths, String[] cells, String[] header) {
        float size = BODY - 1;
        float padding = 3;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = wrap(i < cells.length && cells[i] != null ? cells[i] : "", size, widths[i] - 2 * padding);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * size * LEADING + 2 * padding;
        if (page == null || y - height < MARGIN) {
            newPage();
            if (header != null) {
                tableRow(widths, header, null);
            }
        }
        try {
            if (header == null) {
                // the header row is shaded, as printed forms mark their column names
                float total = 0;
                for (float w : widths) {
                    total += w;
                }
                page.setNonStrokingColor(0.9f);
                page.addRect(MARGIN, y - height, total, height);
                page.fill();
                page.setNonStrokingColor(0f);
            }
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                page.addRect(x, y - height, widths[i], height);
                float lineY = y - padding;
                for (String line : wrapped.get(i)) {
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(x + padding, lineY - size);
                    page.showText(line);
                    page.endText();
                    lineY -= size * LEADING;
                }
                x += widths[i];
            }
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    public PdfComposer space() {
        y -= BODY;
        return this;
    }

    public byte[] toBytes() {
        try {
            if (page == null) {
                newPage();
            }
            page.close();
            if (numbered) {
                writePageNumbers();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writePageNumbers() throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage sheet = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, sheet, AppendMode.APPEND, true, true)) {
                String text = Text.PDF_SHEET_OF.format(i + 1, count);
                float small = BODY - 2;
                foot.beginText();
                foot.setFont(font, small);
                foot.newLineAtOffset(size.getWidth() - MARGIN - widthOf(text, small), MARGIN / 2);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    private PdfComposer lines(String text, float size, float indent) {
        List<String> wrapped = wrap(text == null ? "" : text.strip(), size, width() - indent);
        if (wrapped.isEmpty()) {
            y -= size * LEADING;
        }
        for (String line : wrapped) {
            ensureRoom(size * LEADING);
            write(line, size, MARGIN + indent);
            y -= size * LEADING;
        }
        return this;
    }

    private void write(String text, float size, float x) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y - size);
            page.showText(printable(text));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the font cannot draw (tabs, control characters, rare symbols) become spaces. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean drawable;
            try {
                // encode, not hasGlyph: hasGlyph takes a glyph code, not a Unicode code point ("№" was lost)
                drawable = !Character.isISOControl(cp) && font.encode(new String(Character.toChars(cp))).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                drawable = false;
            }
            out.appendCodePoint(drawable ? cp : ' ');
        });
        return out.toString();
    }

    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (widthOf(word, size) > maxWidth) {
                // a number or a link longer than the column: cut where the column ends, not past its border
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (int end = 0; end < word.length(); ) {
                    int start = end;
                    end = word.offsetByCodePoints(end, 1);
                    while (end < word.length() && widthOf(word.substring(start, word.offsetByCodePoints(end, 1)), size) <= maxWidth) {
                        end = word.offsetByCodePoints(end, 1);
                    }
                    String piece = word.substring(start, end);
                    if (end < word.length()) {
                        lines.add(piece);
                    } else {
                        line.append(piece);
                    }
                }
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, size) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    float widthOf(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f;
        }
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    private void ensureRoom(float height) {
        if (page == null || y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(size);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

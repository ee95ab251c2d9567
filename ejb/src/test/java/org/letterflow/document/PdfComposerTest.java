package org.letterflow.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A long table on landscape pages: its header on every page, every page counted, long words kept inside. */
class PdfComposerTest {

    @Test
    void aLongTableRepeatsItsHeaderOnEveryLandscapePageAndTheSheetsAreCounted() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(new String[] {String.valueOf(i), "Вх-" + i, "О мониторинге " + i});
        }
        byte[] pdf = PdfComposer.landscape().numberPages().heading("Журнал регистрации входящих документов")
                .table(new float[] {0.1f, 0.2f, 0.7f}, new String[] {"№ п/п", "Рег. номер", "Краткое содержание"}, rows)
                .toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "120 rows take several pages: " + pages);
            assertTrue(document.getPage(0).getMediaBox().getWidth() > document.getPage(0).getMediaBox().getHeight(),
                    "landscape");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                assertTrue(text.contains("Рег. номер"), "the header on page " + p + ": " + text);
                assertTrue(text.contains("Лист " + p + " из " + pages), "page " + p + " counted: " + text);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(document);
            assertTrue(all.contains("О мониторинге 1\n") || all.contains("О мониторинге 1 "), all);
            assertTrue(all.contains("О мониторинге 120"), "the last row is there");
        }
    }

    @Test
    void aWordWiderThanItsColumnIsCutAtTheColumn() {
        PdfComposer composer = new PdfComposer();
        String number = "02-55-97/25-0000000000000000000000000000000000000000000000000000";
        List<String> lines = composer.wrap("№ " + number + " от 01.02.2025", 10, 60);
        assertTrue(lines.size() > 3, lines.toString());
        assertEquals(("№ " + number + " от 01.02.2025").replace(" ", ""), String.join("", lines).replace(" ", ""),
                "nothing lost: " + lines);
        for (String line : lines) {
            assertTrue(composer.widthOf(line, 10) <= 60, "inside the column: " + line);
        }
    }
}

package org.letterflow.registration.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.letterflow.registration.control.PrintedJournal;
import org.letterflow.registration.entity.JournalPeriod;

/** The printed journal's own words (its subtitle, the empty period, the sheet, the file name), from the bundle. */
class JournalExportTest {

    private static final JournalPeriod JANUARY = new JournalPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

    private static PrintedJournal journal(String name) {
        return new PrintedJournal("Журнал регистрации входящих документов", "Школа № 5", name,
                "с 01.01.2025 по 31.01.2025", List.of(new PrintedJournal.Column("№ п/п", 0.1f)), List.of());
    }

    @Test
    void theFileIsNamedAfterTheJournalAndThePeriod() {
        assertEquals("журнал-входящие-2025-2025-01-01-2025-01-31.xlsx",
                JournalExport.fileName(journal("Входящие 2025"), JANUARY, "xlsx"));
        assertEquals("журнал-регистрации-2025-01-01-2025-01-31.pdf", JournalExport.fileName(journal("«»"), JANUARY, "pdf"),
                "a name of no letters or digits still gives a name");
    }

    @Test
    void theSpreadsheetSaysWhichJournalAndPeriodOnTheSheetCalledJournal() throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(JournalExport.xlsx(journal("Входящие"))))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Журнал", sheet.getSheetName());
            assertEquals("Журнал «Входящие», период с 01.01.2025 по 31.01.2025", sheet.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void thePdfOfAnEmptyPeriodSaysSo() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(JournalExport.pdf(journal("Входящие")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Журнал «Входящие», период с 01.01.2025 по 31.01.2025"), text);
            assertTrue(text.contains("За период документы в журнале не зарегистрированы"), text);
        }
    }
}

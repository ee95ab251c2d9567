package org.letterflow.tasks.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DisciplineExportTest {

    @Test
    void aNameThatStartsAFormulaStaysTextInTheSpreadsheet() throws Exception {
        byte[] file = DisciplineExport.xlsx(List.of(
                new DisciplineRow(1, null, "=HYPERLINK(\"http://evil.example\";\"Школа\")", null, 3, 1, 1, 1, 0, false),
                new DisciplineRow(1, 7L, "Школа № 5", "@SUM(1+1)*cmd|' /C calc'!A0", 2, 2, 0, 0, 0, false),
                new DisciplineRow(2, null, "Гимназия № 1", null, 1, 1, 0, 0, 0, true)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            Cell organisation = sheet.getRow(3).getCell(0);
            assertEquals(CellType.STRING, organisation.getCellType());
            assertEquals("=HYPERLINK(\"http://evil.example\";\"Школа\")", organisation.getStringCellValue(),
                    "the name is kept as it was typed");
            assertTrue(organisation.getCellStyle().getQuotePrefixed(), "and marked as text for the next edit");
            assertTrue(sheet.getRow(4).getCell(1).getCellStyle().getQuotePrefixed());
            assertFalse(sheet.getRow(5).getCell(0).getCellStyle().getQuotePrefixed(), "an ordinary name is left alone");
        }
    }

    @Test
    void theReportIsTitledWithItsPeriodAndNamedForTheDownloadsFolder() throws Exception {
        byte[] file = DisciplineExport.xlsx(List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Исполнительская дисциплина", sheet.getSheetName());
            assertEquals("Исполнительская дисциплина с 01.01.2026 по 31.01.2026", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("В срок", sheet.getRow(2).getCell(3).getStringCellValue());
        }
        assertEquals("В срок", DisciplineExport.heading("onTime"), "the chart's legend says what the table's column does");
        assertEquals("исполнительская-дисциплина.xlsx", DisciplineExport.fileName("xlsx"));
        assertEquals("исполнительская-дисциплина.pdf", DisciplineExport.fileName("pdf"));
    }
}

package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letterflow.registration.entity.ImportMapping;

class JournalFileTest {

    private static final ImportMapping AUTO = new ImportMapping(Map.of(), true, null, null);

    @TempDir
    Path dir;

    private List<List<String>> rows(Path file, ImportMapping mapping) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        JournalFile.of(file).read(mapping, (n, cells) -> rows.add(cells));
        return rows;
    }

    @Test
    void readsWindows1251WithSemicolonsAsRussianExcelSavesIt() throws IOException {
        Path file = dir.resolve("journal.csv");
        Files.writeString(file, "Номер;Дата;Содержание\r\nВх-1;05.03.2025;\"О сроках; отчёта\"\r\n",
                Charset.forName("windows-1251"));
        assertEquals(List.of(List.of("Номер", "Дата", "Содержание"), List.of("Вх-1", "05.03.2025", "О сроках; отчёта")),
                rows(file, AUTO));
    }

    @Test
    void readsUtf8WithBomAndCommasAndQuotedLineBreaks() throws IOException {
        Path file = dir.resolve("journal.csv");
        Files.write(file, ("\uFEFFНомер,Дата,Содержание\n1,05.03.2025,\"Первая строка\nвторая\"\n")
                .getBytes(StandardCharsets.UTF_8));
        List<List<String>> rows = rows(file, AUTO);
        assertEquals(List.of("Номер", "Дата", "Содержание"), rows.get(0));
        assertEquals(List.of("1", "05.03.2025", "Первая строка\nвторая"), rows.get(1));
    }

    @Test
    void aGivenEncodingAndSeparatorWinOverTheGuess() throws IOException {
        Path file = dir.resolve("journal.csv");
        Files.writeString(file, "a,b;c\n", StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("a,b", "c")), rows(file, new ImportMapping(Map.of(), false, "UTF-8", ';')));
    }

    @Test
    void readsAnXlsxSheetWithDatesAsDaysAndFormulasAsTheirValueOnly() throws IOException {
        Path file = dir.resolve("journal.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Журнал");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("d/m/yy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Номер");
            header.createCell(1).setCellValue("Дата");
            header.createCell(3).setCellValue("Содержание");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(145);
            first.createCell(1).setCellValue(LocalDate.of(2025, 3, 5));
            first.getCell(1).setCellStyle(date);
            first.createCell(3).setCellValue("=HYPERLINK(\"http://evil\")");
            Row second = sheet.createRow(3);
            second.createCell(0).setCellFormula("1+1");
            book.write(out);
        }
        List<List<String>> rows = rows(file, AUTO);
        assertEquals(Arrays.asList("Номер", "Дата", null, "Содержание"), rows.get(0));
        assertEquals(Arrays.asList("145", "05.03.2025", null, "=HYPERLINK(\"http://evil\")"), rows.get(1));
        assertEquals(3, rows.size(), "the empty row 3 is not in the sheet, row 4 is");
        assertEquals(JournalFile.Kind.XLSX, JournalFile.of(file).kind());
        List<Long> numbers = new ArrayList<>();
        JournalFile.of(file).read(AUTO, (n, cells) -> numbers.add(n));
        assertEquals(List.of(1L, 2L, 4L), numbers);
    }

    @Test
    void theSampleNamesColumnsByTheHeaderAndStopsEarly() throws IOException {
        Path file = dir.resolve("journal.csv");
        StringBuilder csv = new StringBuilder("Номер;;Содержание\n");
        for (int i = 1; i <= 100; i++) {
            csv.append(i).append(";x;тема ").append(i).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        JournalFile.Sample sample = JournalFile.of(file).sample(AUTO, 5);
        assertEquals(List.of("Номер", "Столбец 2", "Содержание"), sample.columns());
        assertEquals(5, sample.rows().size());
    }

    @Test
    void aBrokenXlsxIsRefusedInRussian() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        UnreadableJournalException e = assertThrows(UnreadableJournalException.class, () -> rows(file, AUTO));
        assertEquals(true, e.getMessage().startsWith("Файл XLSX не читается"), e.getMessage());
    }

    @Test
    void copyTextEscapesWhatCopyWouldReadAsStructure() {
        StringBuilder line = new StringBuilder();
        BulkImport.field(line, "a\tb\\c\nd\re");
        BulkImport.field(line, null);
        assertEquals("a\\tb\\\\c\\nd\\re\\N", line.toString());
    }
}

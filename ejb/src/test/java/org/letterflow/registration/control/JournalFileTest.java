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

    /** A file of {@code size} bytes or more: an ASCII line of {@code lead} bytes, then lines of {@code text}. */
    private Path longFile(int lead, String text, Charset charset) throws IOException {
        StringBuilder csv = new StringBuilder("x".repeat(lead)).append('\n');
        while (csv.toString().getBytes(charset).length < 70 * 1024) {
            csv.append(text).append(';').append(text).append('\n');
        }
        Path file = dir.resolve("long-" + lead + ".csv");
        Files.write(file, csv.toString().getBytes(charset));
        return file;
    }

    @Test
    void aUtf8FileIsRecognisedWhereverItsSampleCutsACharacter() throws IOException {
        // the first 64 KiB decide; a two- or three-byte character cut at that edge is not a Windows-1251 file
        for (int lead = 0; lead < 3; lead++) {
            assertEquals(StandardCharsets.UTF_8, JournalFile.of(longFile(lead, "Входящее", StandardCharsets.UTF_8))
                    .detectCharset(), "two-byte letters, cut after " + lead);
            assertEquals(StandardCharsets.UTF_8, JournalFile.of(longFile(lead, "№№№", StandardCharsets.UTF_8))
                    .detectCharset(), "three-byte signs, cut after " + lead);
        }
    }

    @Test
    void aLongWindows1251FileIsNotTakenForUtf8() throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        for (int lead = 0; lead < 2; lead++) {
            assertEquals(cp1251, JournalFile.of(longFile(lead, "Входящее", cp1251)).detectCharset());
        }
        assertEquals(cp1251, JournalFile.of(write("short.csv", "Номер;Дата\n", cp1251)).detectCharset());
        assertEquals(StandardCharsets.UTF_8, JournalFile.of(write("plain.csv", "a;b\n", cp1251)).detectCharset(),
                "plain ASCII reads the same either way");
    }

    private Path write(String name, String content, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    private char separatorOf(String firstLines) throws IOException {
        return JournalFile.of(write("sep.csv", firstLines, StandardCharsets.UTF_8)).detectSeparator(StandardCharsets.UTF_8);
    }

    @Test
    void theSeparatorIsTheOneTheFirstLineUsesMostOutsideQuotes() throws IOException {
        assertEquals('\t', separatorOf("Номер\tДата\tТема; с точкой с запятой\n"));
        assertEquals(',', separatorOf("Номер,Дата,Тема; одна\n"));
        assertEquals(';', separatorOf("Номер;Дата;\"Тема, с запятыми, тремя, даже\"\n"), "commas in quotes do not count");
        assertEquals(';', separatorOf("Номер;Дата\n1,2,3,4,5\n"), "only the first line counts");
        assertEquals(';', separatorOf("Номер;Дата\r1,2,3,4,5\r"), "a line may end with a bare carriage return");
        assertEquals(';', separatorOf("\"Многострочный\nзаголовок,,,\";Дата\n"), "a line break in quotes does not end it");
    }

    @Test
    void aTieGoesToTheSemicolonOfRussianExcelAndATabMustOutnumberBoth() throws IOException {
        assertEquals(';', separatorOf("a;b,c\n"));
        assertEquals(';', separatorOf("no separator at all\n"));
        assertEquals(',', separatorOf("a\tb,c,d\n"), "a tab alone does not outnumber the commas");
        assertEquals(';', separatorOf("a\tb;c;d\n"));
        assertEquals(',', separatorOf("a\tb,c\n"), "as many tabs as commas: not the tab");
        assertEquals(';', separatorOf("a\tb;c\n"), "as many tabs as semicolons: not the tab");
    }

    @Test
    void theProgressOfACsvReachesTheFilesSize() throws IOException {
        Path file = longFile(1, "Входящее", StandardCharsets.UTF_8);
        JournalFile journal = JournalFile.of(file);
        assertEquals(0, journal.bytesTotal(), "unknown before the reading");
        journal.read(AUTO, (n, cells) -> true);
        assertEquals(Files.size(file), journal.bytesTotal());
        assertEquals(Files.size(file), journal.bytesRead(), "every byte counted once");
    }

    @Test
    void aHeaderShorterThanTheRowsNamesTheOtherColumnsByNumber() throws IOException {
        Path file = write("short-header.csv", "Номер\n1;x;тема\n", StandardCharsets.UTF_8);
        assertEquals(List.of("Номер", "Столбец 2", "Столбец 3"), JournalFile.of(file).sample(AUTO, 5).columns());
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

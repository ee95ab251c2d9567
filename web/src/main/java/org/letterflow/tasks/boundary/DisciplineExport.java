package org.letterflow.tasks.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.letterflow.document.PdfComposer;
import org.letterflow.document.SpreadsheetText;
import org.letterflow.platform.Text;

/** The discipline report as a spreadsheet (Apache POI) and as a printable PDF (PDFBox), labelled in Russian. */
public final class DisciplineExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] COLUMNS = {"organisation", "person", "total", "onTime", "late", "overdue", "open", "share"};

    private DisciplineExport() {
    }

    /** "исполнительская-дисциплина.xlsx": the same name from the page and from the API. */
    public static String fileName(String extension) {
        return Text.DISCIPLINE_FILE_NAME.format(extension);
    }

    /** A column's heading ("onTime": "В срок"), as the page's table and the chart's legend say it. */
    public static String heading(String column) {
        return bundle().getString("discipline." + column);
    }

    public static byte[] xlsx(List<DisciplineRow> rows, LocalDate from, LocalDate to) {
        ResourceBundle msg = bundle();
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(msg.getString("discipline.title"));
            sheet.createRow(0).createCell(0).setCellValue(title(msg, from, to));
            Row header = sheet.createRow(2);
            for (int i = 0; i < COLUMNS.length; i++) {
                header.createCell(i).setCellValue(heading(COLUMNS[i]));
            }
            CellStyle text = book.createCellStyle();
            text.setQuotePrefixed(true);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            int at = 3;
            for (DisciplineRow r : rows) {
                Row row = sheet.createRow(at++);
                text(row, 0, organisation(msg, r), text);
                text(row, 1, r.person() == null ? "" : r.person(), text);
                row.createCell(2).setCellValue(r.total());
                row.createCell(3).setCellValue(r.onTime());
                row.createCell(4).setCellValue(r.late());
                row.createCell(5).setCellValue(r.overdue());
                row.createCell(6).setCellValue(r.open());
                row.createCell(7).setCellValue(r.shareOnTime());
                row.getCell(7).setCellStyle(percent);
            }
            for (int i = 0; i < COLUMNS.length; i++) {
                sheet.setColumnWidth(i, i < 2 ? 40 * 256 : 14 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A string cell is never evaluated, but Excel makes one a formula again as soon as someone edits
     * it; the quote prefix (what Excel itself stores for a typed {@code '=…}) keeps it text.
     */
    private static void text(Row row, int column, String value, CellStyle quoted) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (SpreadsheetText.startsFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }

    public static byte[] pdf(List<DisciplineRow> rows, LocalDate from, LocalDate to) {
        ResourceBundle msg = bundle();
        String[] header = Stream.of(COLUMNS).map(DisciplineExport::heading).toArray(String[]::new);
        List<String[]> lines = rows.stream().map(r -> new String[] {r.person() == null ? organisation(msg, r) : "",
                r.person() == null ? "" : r.person(), String.valueOf(r.total()), String.valueOf(r.onTime()),
                String.valueOf(r.late()), String.valueOf(r.overdue()), String.valueOf(r.open()),
                Math.round(r.shareOnTime() * 100) + "%"}).toList();
        return new PdfComposer().heading(title(msg, from, to)).space()
                .table(new float[] {0.24f, 0.2f, 0.08f, 0.08f, 0.1f, 0.1f, 0.1f, 0.1f}, header, lines).toBytes();
    }

    /** The organisation's name, marked when its line sums the organisations below it too. */
    private static String organisation(ResourceBundle msg, DisciplineRow row) {
        return row.withSubordinates() ? row.organisation() + " " + msg.getString("discipline.withSubordinates")
                : row.organisation();
    }

    private static String title(ResourceBundle msg, LocalDate from, LocalDate to) {
        return Text.DISCIPLINE_TITLE_OF_PERIOD.format(msg.getString("discipline.title"), DAY.format(from), DAY.format(to));
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.letterflow.web.messages", Locale.forLanguageTag("ru"));
    }
}

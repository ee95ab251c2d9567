package org.letterflow.registration.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.letterflow.document.PdfComposer;
import org.letterflow.document.SpreadsheetText;
import org.letterflow.platform.Text;
import org.letterflow.registration.control.PrintedJournal;
import org.letterflow.registration.entity.JournalPeriod;

/**
 * The printed registration journal as a landscape PDF (PDFBox: its header on every sheet, the
 * sheets counted) and as a spreadsheet (Apache POI), the same lines in both.
 */
public final class JournalExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private JournalExport() {
    }

    /** "журнал-входящие-2025-01-01-2025-01-31.pdf": the journal and the period, for the downloads folder. */
    public static String fileName(PrintedJournal print, JournalPeriod period, String extension) {
        String journal = print.journal().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase();
        return Text.JOURNAL_FILE_NAME.format(journal.isEmpty() ? Text.JOURNAL_FILE_NAME_UNNAMED.format() : journal,
                period.from(), period.to(), extension);
    }

    public static byte[] pdf(PrintedJournal print) {
        List<PrintedJournal.Column> columns = print.columns();
        float[] shares = new float[columns.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = columns.get(i).share();
        }
        PdfComposer pdf = PdfComposer.landscape().numberPages().heading(print.title())
                .paragraph(print.organisation())
                .paragraph(subtitle(print)).space()
                .table(shares, columns.stream().map(PrintedJournal.Column::heading).toArray(String[]::new),
                        print.rows().stream().map(r -> r.toArray(String[]::new)).toList());
        if (print.rows().isEmpty()) {
            pdf.space().paragraph(Text.JOURNAL_PRINT_EMPTY.format());
        }
        return pdf.toBytes();
    }

    public static byte[] xlsx(PrintedJournal print) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Text.CARD_JOURNAL.format());
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle title = book.createCellStyle();
            title.setFont(bold);
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            quoted.setWrapText(true);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);

            text(sheet.createRow(0), 0, print.title(), title, quoted);
            text(sheet.createRow(1), 0, print.organisation(), wrapped, quoted);
            text(sheet.createRow(2), 0, subtitle(print), wrapped, quoted);
            int headerRow = 4;
            Row headings = sheet.createRow(headerRow);
            for (int c = 0; c < print.columns().size(); c++) {
                text(headings, c, print.columns().get(c).heading(), header, quoted);
                sheet.setColumnWidth(c, Math.max(8, Math.round(print.columns().get(c).share() * 180)) * 256);
            }
            int at = headerRow + 1;
            for (List<String> line : print.rows()) {
                Row row = sheet.createRow(at++);
                row.createCell(0).setCellValue(Long.parseLong(line.get(0)));
                for (int c = 1; c < line.size(); c++) {
                    text(row, c, line.get(c), wrapped, quoted);
                }
            }
            // the column names repeat at the top of every printed sheet, as in the PDF
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.createFreezePane(0, headerRow + 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Журнал «Входящие», период с 01.01.2025 по 31.01.2025", under the title of either file. */
    private static String subtitle(PrintedJournal print) {
        return Text.JOURNAL_PRINT_SUBTITLE.format(print.journal(), print.period());
    }

    /**
     * Every text here was typed by someone (a correspondent's name, a subject): a string cell is
     * never evaluated, but Excel turns one into a formula again once it is edited; the quote prefix
     * (what Excel stores for a typed {@code '=…}) keeps it text.
     */
    private static void text(Row row, int column, String value, CellStyle plain, CellStyle quoted) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(SpreadsheetText.startsFormula(value) ? quoted : plain);
    }
}

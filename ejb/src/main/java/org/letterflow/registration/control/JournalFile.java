package org.letterflow.registration.control;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.ImportMapping;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An old journal's file read row by row, never whole: a CSV through Apache Commons CSV (UTF-8 or
 * Windows-1251, «;», «,» or tab, recognised when not given), an XLSX through POI's streaming SAX
 * reader (first sheet; a date cell as dd.MM.yyyy, any other cell as the spreadsheet shows it, a
 * formula as its last computed value — never as a formula).
 */
public final class JournalFile {

    /** What the rows are handed to; {@code false} stops the reading (a preview needs only a few). */
    @FunctionalInterface
    public interface Rows {
        boolean row(long number, List<String> cells);
    }

    /** The first rows of a file as they are, for the administrator to map its columns. */
    public record Sample(List<String> columns, List<List<String>> rows) {
    }

    public enum Kind { CSV, XLSX }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int SNIFF = 64 * 1024;

    private final Path path;
    private final Kind kind;
    private volatile long bytesRead;
    private volatile long bytesTotal;

    private JournalFile(Path path, Kind kind) {
        this.path = path;
        this.kind = kind;
    }

    /** A file recognised by its first bytes (an XLSX is a ZIP), not by the name it was sent with. */
    public static JournalFile of(Path path) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, 4);
        }
        boolean zip = n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        return new JournalFile(path, zip ? Kind.XLSX : Kind.CSV);
    }

    public Kind kind() {
        return kind;
    }

    /** How far the reading is, in bytes of the file (CSV) or of the sheet's XML (XLSX), of {@link #bytesTotal()}. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The size being read through; 0 while unknown. */
    public long bytesTotal() {
        return bytesTotal;
    }

    /** The first {@code count} rows (the header among them) with the column names. */
    public Sample sample(ImportMapping mapping, int count) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        read(mapping, (number, cells) -> {
            if (!cells.stream().allMatch(c -> c == null || c.isBlank())) {
                rows.add(cells);
            }
            return rows.size() < count;
        });
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String name = mapping.header() && !rows.isEmpty() && i < rows.get(0).size() ? rows.get(0).get(i) : null;
            columns.add(name == null || name.isBlank() ? Text.IMPORT_COLUMN_NUMBERED.format(i + 1) : name.strip());
        }
        return new Sample(columns, rows);
    }

    /** Every row, numbered as the spreadsheet (or the CSV's record count) numbers it, from 1. */
    public void read(ImportMapping mapping, Rows rows) throws IOException {
        if (kind == Kind.XLSX) {
            readXlsx(rows);
        } else {
            readCsv(mapping, rows);
        }
    }

    private void readCsv(ImportMapping mapping, Rows rows) throws IOException {
        bytesTotal = Files.size(path);
        Charset charset = mapping.charset().orElseGet(this::detectCharset);
        try (InputStream raw = new Counting(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
             Reader reader = new InputStreamReader(skipBom(raw, charset), charset)) {
            Reader buffered = new java.io.BufferedReader(reader, 1 << 16);
            char separator = mapping.separator() != null ? mapping.separator() : detectSeparator(charset);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                    .setTrim(false).get();
            try (CSVParser parser = CSVParser.builder().setReader(buffered).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    if (!rows.row(record.getRecordNumber(), Arrays.asList(record.values()))) {
                        return;
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                throw new UnreadableJournalException(Text.IMPORT_CSV_UNREADABLE, e.getCause().getMessage());
            }
        }
    }

    private static InputStream skipBom(InputStream in, Charset charset) throws IOException {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return in;
        }
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            in.reset();
        }
        return in;
    }

    /** UTF-8 when the beginning of the file is valid UTF-8, otherwise Windows-1251 (Excel's «CSV» in Russian Windows). */
    Charset detectCharset() {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int end = head.length;
        if (end == SNIFF) {
            // a multi-byte character may be cut at the end of the sample: drop its leading bytes
            while (end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (head[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1251");
        }
    }

    /** The separator the first line uses most, outside quotes: «;» (Russian Excel), «,» or tab. */
    char detectSeparator(Charset charset) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), charset)) {
            int semicolons = 0;
            int commas = 0;
            int tabs = 0;
            boolean quoted = false;
            for (int i = 0, c; i < SNIFF && (c = reader.read()) != -1; i++) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    semicolons += c == ';' ? 1 : 0;
                    commas += c == ',' ? 1 : 0;
                    tabs += c == '\t' ? 1 : 0;
                }
            }
            if (tabs > semicolons && tabs > commas) {
                return '\t';
            }
            return commas > semicolons ? ',' : ';';
        }
    }

    private void readXlsx(Rows rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableJournalException(Text.IMPORT_XLSX_NO_SHEETS);
            }
            try (InputStream sheet = sheets.next()) {
                long size = sheets.getSheetPart().getSize();
                bytesTotal = Math.max(size, 0);
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new SheetRows(rows), new Days(), false));
                parser.parse(new InputSource(new Counting(sheet)));
            } catch (Stop stop) {
                // the rows handler had enough
            }
        } catch (UnreadableJournalException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableJournalException(Text.IMPORT_XLSX_UNREADABLE, e.getMessage());
        }
    }

    /** Thrown through the SAX parser to stop it when the rows handler had enough. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** A sheet's cells gathered into rows, gaps as nulls. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!rows.row(rowNum + 1L, new ArrayList<>(cells))) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }

    /** Dates as dd.MM.yyyy whatever the cell's format, everything else as the spreadsheet shows it. */
    private static final class Days extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
                return at.toLocalDate().format(DAY);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Counts the bytes read through it, for the progress. */
    private final class Counting extends FilterInputStream {
        private long marked;

        Counting(InputStream in) {
            super(in);
        }

        // the BOM is looked for and the stream reset: the bytes read again are not counted twice
        @Override
        public synchronized void mark(int readLimit) {
            super.mark(readLimit);
            marked = bytesRead;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            bytesRead = marked;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }
    }
}

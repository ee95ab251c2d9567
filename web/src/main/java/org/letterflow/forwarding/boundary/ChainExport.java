package org.letterflow.forwarding.boundary;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.letterflow.document.SpreadsheetText;
import org.letterflow.forwarding.control.ChainRow;

/**
 * A chain as CSV for a spreadsheet: UTF-8 with a byte-order mark and semicolons, which is what
 * Excel set to Russian opens without an import dialog; labels from the UI's message bundle. The
 * names and return reasons come from other organisations, so no cell may start a formula.
 */
public final class ChainExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final CSVFormat EXCEL_RU = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private ChainExport() {
    }

    public static StreamingOutput csv(List<ChainRow> rows, ZoneId zone, Locale locale) {
        ResourceBundle msg = ResourceBundle.getBundle("org.letterflow.web.messages", locale);
        return output -> {
            Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, EXCEL_RU);
            line(csv, Stream.of("level", "sender", "recipient", "kind", "state", "overdue", "number", "date",
                    "delivered", "due", "returnReason").map(h -> msg.getString("chain.export." + h)));
            for (ChainRow r : rows) {
                line(csv, Stream.of(String.valueOf(r.level()), r.sender(), r.recipient(),
                        msg.getString("kind." + r.kind()), msg.getString("delivery.state." + r.state()),
                        r.overdue() ? msg.getString("chain.export.yes") : "", r.registrationNumber(),
                        r.registrationDate() == null ? null : DATE.format(r.registrationDate()),
                        TIME.format(r.deliveredAt().atZone(zone)),
                        r.dueOn() == null ? null : DATE.format(r.dueOn()), r.returnReason()));
            }
            csv.flush();
        };
    }

    private static void line(CSVPrinter csv, Stream<String> cells) throws java.io.IOException {
        csv.printRecord(cells.map(SpreadsheetText::neutralised).map(c -> c == null ? "" : c).toList());
    }
}

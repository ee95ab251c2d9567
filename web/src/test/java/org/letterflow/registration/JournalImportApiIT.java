package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;

/**
 * Import of an old journal (issue 18, item 4) through the API: a good file's letters are stored
 * with their numbers as written and found by the search; a file with bad rows lists them with the
 * reasons and stores nothing; new registrations continue after the imported numbers; formula-looking
 * cells stay text, also in the printed journal's XLSX; bad input is problem+json.
 */
class JournalImportApiIT extends DeployedApplication {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String MAPPING = """
            {"columns": {"NUMBER": 0, "DATE": 1, "CORRESPONDENT": 2, "CORRESPONDENT_NUMBER": 3,
                         "CORRESPONDENT_DATE": 4, "SUBJECT": 5, "EXECUTOR": 6}}""";

    /** A word nobody else's letter has, so the search finds exactly the imported letter. */
    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("импорт");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('а' + random.nextInt(32)));
        }
        return word.toString();
    }

    private static long journal(Api admin, String template) {
        Api.Reply journal = admin.post("api/v1/journals", "{\"direction\":\"INCOMING\",\"name\":\"Импорт "
                + UUID.randomUUID() + "\",\"template\":\"" + template + "\"}");
        assertEquals(201, journal.status(), journal.toString());
        return journal.json().getJsonNumber("id").longValue();
    }

    /** Upload, map, start; the finished import as GET shows it. */
    private static JsonObject importFile(Api admin, long journal, String name, byte[] content) throws InterruptedException {
        Api.Reply uploaded = admin.upload("api/v1/journals/" + journal + "/imports", name, content);
        assertEquals(201, uploaded.status(), uploaded.toString());
        long id = uploaded.json().getJsonNumber("id").longValue();
        Api.Reply started = admin.post("api/v1/journals/" + journal + "/imports/" + id + "/start", MAPPING);
        assertEquals(202, started.status(), started.toString());
        for (int i = 0; i < 300; i++) {
            JsonObject job = admin.get("api/v1/journals/" + journal + "/imports/" + id).json();
            if (List.of("DONE", "REJECTED", "FAILED").contains(job.getString("state"))) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** A letter registered today by the clerk in the journal, as a new registration after or before an import. */
    private static Api.Reply registeredToday(Api clerk, long journal, String subject) {
        return clerk.post("api/v1/letters", "{\"direction\":\"INCOMING\",\"journalId\":" + journal
                + ",\"registrationDate\":\"" + LocalDate.now(ZoneId.of("UTC")) + "\",\"subject\":\"" + subject + "\","
                + "\"correspondentName\":\"Школа\",\"allowDuplicate\":true}");
    }

    private static JsonArray search(Api clerk, String query) {
        return clerk.get("api/v1/letters?" + query).json().getJsonArray("items");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("UTC")).format(DAY);
    }

    @Test
    void aGoodCsvIsImportedAsWrittenFoundBySearchAndNumberingGoesOnAfterIt() throws Exception {
        Api admin = Api.as(base, "admin", "demo");
        Api clerk = Api.as(base, "minpros.clerk", "demo");
        String prefix = "И" + (System.nanoTime() % 100000) + "-";
        long journal = journal(admin, prefix + "{seq}");
        String word = word();
        String csv = "Рег. №;Дата рег.;Корреспондент;Исх. №;от;Краткое содержание;Исполнитель\r\n"
                + prefix + "1;" + today() + ";Минобрнауки России;01-12/7;01.03.2025;О сроках " + word + ";Иванова\r\n"
                + prefix + "5;" + today() + ";\"Школа №1; г. Томск\";;;Отчёт о приёме;\r\n"
                + "old-17/3;14.01.2024;@cmd|' /C calc'!A0;;;=HYPERLINK(\"http://evil.example\",\"Нажмите\");+7 999\r\n"
                + ";;;;;;\r\n";
        JsonObject done = importFile(admin, journal, "журнал.csv", csv.getBytes(Charset.forName("windows-1251")));
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(3, done.getJsonNumber("imported").longValue());
        assertEquals(100, done.getInt("percent"));

        JsonArray found = search(clerk, "q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertEquals(1, found.size(), found.toString());
        JsonObject letter = found.getJsonObject(0);
        assertEquals(prefix + "1", letter.getString("registrationNumber"));
        assertEquals("Минобрнауки России", letter.getString("correspondent"));
        assertEquals("01-12/7", letter.getString("correspondentNumber"));
        assertEquals("2025-03-01", letter.getString("correspondentDate"));
        assertEquals(1, search(clerk, "number=old-17%2F3").stream()
                .filter(l -> l.asJsonObject().getString("registrationNumber").equals("old-17/3")).count());

        JsonArray all = search(clerk, "journal=" + journal + "&limit=100");
        assertEquals(3, all.size(), all.toString());
        JsonObject hostile = all.stream().map(j -> j.asJsonObject())
                .filter(l -> l.getString("registrationNumber").equals("old-17/3")).findFirst().orElseThrow();
        assertEquals("=HYPERLINK(\"http://evil.example\",\"Нажмите\")", hostile.getString("subject"));
        assertEquals("@cmd|' /C calc'!A0", hostile.getString("correspondent"));

        // the printed journal (2024) writes the formula-looking text as text, not as a formula
        HttpResponse<byte[]> xlsx = admin.download("api/v1/journals/" + journal + "/print.xlsx?from=01.01.2024&to=31.12.2024");
        assertEquals(200, xlsx.statusCode());
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            boolean seen = false;
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, "a formula in the printed journal: " + cell);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
                        seen = true;
                    }
                }
            }
            assertTrue(seen, "the imported letter is in the printed journal");
        }

        // a new registration takes the number after the highest imported one of the year, not 1 or 2
        Api.Reply registered = registeredToday(clerk, journal, "После импорта");
        assertEquals(201, registered.status(), registered.toString());
        assertEquals(prefix + "6", registered.json().getString("registrationNumber"));
    }

    /**
     * The import skips the row triggers of {@code letter} (the foreign keys' identical look-ups) only
     * while the table has no trigger but the search document's; a trigger added later, here one that
     * notes each new letter, is not silently skipped: the rows are then written one by one through it,
     * with the same letters, search documents and counter.
     */
    @Test
    void aTriggerAddedToTheLettersSeesEveryImportedLetter() throws Exception {
        Database.execute("""
                create table it_letter_seen (letter_id bigint, journal_id bigint);
                create function it_letter_seen() returns trigger language plpgsql as $$
                begin insert into it_letter_seen values (new.id, new.journal_id); return null; end $$;
                create trigger it_letter_seen after insert on letter for each row execute function it_letter_seen()""");
        String prefix = "Т" + (System.nanoTime() % 100000) + "-";
        String word = word();
        long journal;
        JsonObject done;
        try {
            Api admin = Api.as(base, "admin", "demo");
            journal = journal(admin, prefix + "{seq}");
            done = importFile(admin, journal, "journal.csv", ("Номер,Дата,Корреспондент,Исх,от,Содержание,Исполнитель\n"
                    + prefix + "3," + today() + ",Школа,,,Первая " + word + ",\n"
                    + prefix + "7," + today() + ",Школа,,,Вторая " + word + ",\n").getBytes(StandardCharsets.UTF_8));
            assertEquals(2, Database.number("select count(*) from it_letter_seen where journal_id = " + journal));
        } finally {
            Database.execute("""
                    drop trigger it_letter_seen on letter;
                    drop function it_letter_seen();
                    drop table it_letter_seen""");
        }
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(2, done.getJsonNumber("imported").longValue());
        Api clerk = Api.as(base, "minpros.clerk", "demo");
        assertEquals(2, search(clerk, "q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).size());
        Api.Reply next = registeredToday(clerk, journal, "После импорта");
        assertEquals(prefix + "8", next.json().getString("registrationNumber"));
    }

    /**
     * The fast path checks the organisation, journal and import once because they are the same for
     * every row; a foreign key added later on another column the import writes (here the executor's
     * name, against a list that lacks one of the file's) is checked for each row all the same: the
     * import fails and stores nothing, rather than writing a letter the key forbids.
     */
    @Test
    void aForeignKeyAddedOnAnotherWrittenColumnIsCheckedForEachRow() throws Exception {
        Database.execute("""
                create table it_executor (name text primary key);
                insert into it_executor values ('Иванов');
                alter table letter add constraint it_letter_executor foreign key (executor_name)
                    references it_executor (name) not valid""");
        String prefix = "К" + (System.nanoTime() % 100000) + "-";
        String word = word();
        JsonObject done;
        try {
            Api admin = Api.as(base, "admin", "demo");
            long journal = journal(admin, prefix + "{seq}");
            done = importFile(admin, journal, "journal.csv", ("Номер,Дата,Корреспондент,Исх,от,Содержание,Исполнитель\n"
                    + prefix + "1," + today() + ",Школа,,,Первая " + word + ",Иванов\n"
                    + prefix + "2," + today() + ",Школа,,,Вторая " + word + ",Петров\n").getBytes(StandardCharsets.UTF_8));
        } finally {
            Database.execute("""
                    alter table letter drop constraint it_letter_executor;
                    drop table it_executor""");
        }
        assertEquals("FAILED", done.getString("state"), done.toString());
        Api clerk = Api.as(base, "minpros.clerk", "demo");
        assertEquals(0, search(clerk, "q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).size(), "nothing half-imported");
    }

    @Test
    void aFileWithBadRowsListsThemAndStoresNothing() throws Exception {
        Api admin = Api.as(base, "admin", "demo");
        Api clerk = Api.as(base, "minpros.clerk", "demo");
        String prefix = "Б" + (System.nanoTime() % 100000) + "-";
        long journal = journal(admin, prefix + "{seq}");
        Api.Reply registered = registeredToday(clerk, journal, "Уже в журнале");
        assertEquals(prefix + "1", registered.json().getString("registrationNumber"));
        String word = word();
        String csv = "Номер,Дата,Корреспондент,Исх,от,Содержание,Исполнитель\n"
                + prefix + "10," + today() + ",Школа,,,Хорошая строка " + word + ",\n"       // row 2: good
                + "," + today() + ",Школа,,,Без номера,\n"                                   // row 3
                + prefix + "11,31.02.2025,Школа,,,Несуществующая дата,\n"                    // row 4
                + prefix + "10," + today() + ",Школа,,,Повтор номера,\n"                     // row 5
                + prefix + "1," + today() + ",Школа,,,Номер уже в журнале,\n"                // row 6
                + prefix + "12," + today() + ",Школа,,31.13.2025,Дата корреспондента,\n";    // row 7
        JsonObject rejected = importFile(admin, journal, "journal.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("REJECTED", rejected.getString("state"), rejected.toString());
        assertEquals(5, rejected.getJsonNumber("problemCount").longValue());
        JsonArray problems = rejected.getJsonArray("problems");
        assertEquals(List.of(3, 4, 5, 6, 7), problems.stream().map(p -> p.asJsonObject().getInt("row")).toList());
        assertEquals("не указан регистрационный номер", problems.getJsonObject(0).getString("reason"));
        assertEquals("дата регистрации «31.02.2025» — такой даты нет", problems.getJsonObject(1).getString("reason"));
        assertTrue(problems.getJsonObject(2).getString("reason").contains("уже есть в файле в строке 2"),
                problems.toString());
        assertTrue(problems.getJsonObject(3).getString("reason").contains("уже есть в журнале"), problems.toString());
        assertTrue(problems.getJsonObject(4).getString("reason").contains("«31.13.2025» — такой даты нет"),
                problems.toString());
        assertEquals(0, rejected.getJsonNumber("imported").longValue());

        assertEquals(0, search(clerk, "q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).size());
        assertEquals(1, search(clerk, "journal=" + journal).size(), "only the letter registered before");
        Api.Reply next = registeredToday(clerk, journal, "После отказа");
        assertEquals(prefix + "2", next.json().getString("registrationNumber"), "the refused import moved no counter");
    }

    @Test
    void anXlsxWithDateCellsAndNumbersAsNumbersIsImported() throws Exception {
        Api admin = Api.as(base, "admin", "demo");
        Api clerk = Api.as(base, "minpros.clerk", "demo");
        long journal = journal(admin, "X" + (System.nanoTime() % 100000) + "/{seq}");
        String word = word();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("2024");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = {"№", "Дата", "От кого", "Исх. №", "от", "Содержание", "Исполнитель"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(145);
            row.createCell(1).setCellValue(LocalDate.of(2024, 2, 29));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue("Департамент образования");
            row.createCell(5).setCellValue("Табличный " + word);
            row.createCell(6).setCellFormula("\"Пет\"&\"рова\"");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
        }
        JsonObject done = importFile(admin, journal, "journal.xlsx", out.toByteArray());
        assertEquals("DONE", done.getString("state"), done.toString());
        JsonArray found = search(clerk, "q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertEquals(1, found.size());
        assertEquals("145", found.getJsonObject(0).getString("registrationNumber"));
        assertEquals("2024-02-29", found.getJsonObject(0).getString("registrationDate"));
        long id = found.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("Петрова", clerk.get("api/v1/letters/" + id).json().getString("executorName"));
    }

    @Test
    void previewShowsRowsAsTheyWouldBeStoredAndBadInputIsProblemJson() throws IOException {
        Api admin = Api.as(base, "admin", "demo");
        long journal = journal(admin, "П" + (System.nanoTime() % 100000) + "-{seq}");
        String csv = "Номер;Дата;Корр;Исх;от;Содержание;Исп\n7;5.3.2025;Школа;;;Тема;Иванов\n8;31.02.2025;;;;;\n";
        Api.Reply uploaded = admin.upload("api/v1/journals/" + journal + "/imports", "j.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, uploaded.status(), uploaded.toString());
        assertEquals(List.of("Номер", "Дата", "Корр", "Исх", "от", "Содержание", "Исп"),
                uploaded.json().getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        long id = uploaded.json().getJsonNumber("id").longValue();
        String path = "api/v1/journals/" + journal + "/imports/" + id;

        JsonObject preview = admin.post(path + "/preview", MAPPING).json();
        JsonArray rows = preview.getJsonArray("rows");
        assertEquals(2, rows.size());
        assertEquals("05.03.2025", rows.getJsonObject(0).getJsonObject("values").getString("DATE"));
        assertEquals(2, rows.getJsonObject(0).getInt("row"));
        assertTrue(rows.getJsonObject(0).getJsonArray("problems").isEmpty());
        assertEquals(List.of("дата регистрации «31.02.2025» — такой даты нет",
                        "не заполнено поле «Краткое содержание»"),
                rows.getJsonObject(1).getJsonArray("problems").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());

        Api.Reply unmapped = admin.post(path + "/start", "{\"columns\": {\"NUMBER\": 0}}");
        assertEquals(400, unmapped.status());
        assertTrue(unmapped.contentType().startsWith("application/problem+json"));
        assertTrue(unmapped.json().getString("detail").contains("Дата регистрации"), unmapped.toString());
        Api.Reply unknown = admin.post(path + "/preview", "{\"columns\": {\"COLOUR\": 0}}");
        assertEquals(400, unknown.status(), unknown.toString());

        Api.Reply empty = admin.upload("api/v1/journals/" + journal + "/imports", "empty.csv", new byte[0]);
        assertEquals(400, empty.status(), empty.toString());
        assertTrue(empty.contentType().startsWith("application/problem+json"));
        Api.Reply broken = admin.upload("api/v1/journals/" + journal + "/imports", "broken.xlsx",
                new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertEquals(400, broken.status(), broken.toString());
        assertTrue(broken.json().getString("detail").contains("XLSX"), broken.toString());

        assertEquals(403, Api.as(base, "minpros.clerk", "demo").upload("api/v1/journals/" + journal + "/imports",
                "j.csv", csv.getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(404, admin.get("api/v1/journals/" + journal + "/imports/999999999").status());
    }
}

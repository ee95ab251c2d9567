package org.letterflow.bench;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Issue 18, item 4: an old journal of {@code BENCH_IMPORT_ROWS} rows (default 1,000,000) imported
 * through the API as an administrator would (upload, start, poll until done), next to PostgreSQL's
 * own COPY of the same file into a table shaped like {@code letter} (its columns, defaults,
 * constraints and indexes) in the same run; the ratio is COPY's time over the import's. Meanwhile
 * {@code GET /api/v1/me} is timed every 200 ms, to show the server stays responsive.
 */
final class ImportBench {

    private static final int ROWS = Integer.parseInt(System.getenv().getOrDefault("BENCH_IMPORT_ROWS", "1000000"));
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_IMPORT_ROUNDS", "3"));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String[] WORDS = {"образование", "школа", "мониторинг", "отчёт", "информация", "кампания",
            "учитель", "методический", "олимпиада", "аттестация", "питание", "безопасность", "каникулы", "экзамен",
            "воспитание", "библиотека", "спорт", "здоровье", "цифровой", "программа", "финансирование", "ремонт"};
    private static final String MAPPING = """
            {"columns": {"NUMBER": 0, "DATE": 1, "CORRESPONDENT": 2, "CORRESPONDENT_NUMBER": 3,
                         "CORRESPONDENT_DATE": 4, "SUBJECT": 5, "EXECUTOR": 6}, "header": true,
             "encoding": "UTF-8", "separator": ";"}""";

    private final Bench bench;

    ImportBench(Bench bench) {
        this.bench = bench;
    }

    void run(String base, String jdbc) throws Exception {
        bench.line("## Journal import (issue 18, item 4): " + ROWS + " rows, next to PostgreSQL's COPY");
        bench.line("");
        Path csv = Files.createTempFile("bench-journal-", ".csv");
        try {
            generate(csv);
            bench.line("A CSV of " + ROWS + " rows (" + Files.size(csv) / (1 << 20) + " MB, UTF-8, «;»: number, date,"
                    + " correspondent, their number and date, subject of five words, executor). Import: upload through"
                    + " the API, start, poll until DONE (all rows written as letters with their search documents)."
                    + " COPY: the same file by pgjdbc's CopyManager into a table `like letter including all` (its"
                    + " indexes, no search documents). Ratio = COPY's seconds ÷ the import's.");
            bench.line("");
            bench.line("| round | upload s | import job s | import total s | COPY s | ratio (COPY ÷ import) |"
                    + " letters | with search document | GET /me p50 / p95 ms during the import |");
            bench.line("|---|---|---|---|---|---|---|---|---|");
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                long journal = journal(base);
                List<Double> me = Collections.synchronizedList(new ArrayList<>());
                AtomicBoolean importing = new AtomicBoolean(true);
                Thread probe = new Thread(() -> probe(base, importing, me));
                probe.start();
                long t0 = System.nanoTime();
                long id = upload(base, journal, csv);
                long t1 = System.nanoTime();
                HttpResponse<String> started = Bench.post(base + "api/v1/journals/" + journal + "/imports/" + id
                        + "/start", "admin", MAPPING);
                if (started.statusCode() != 202) {
                    throw new IllegalStateException(started.statusCode() + " " + started.body());
                }
                String state;
                do {
                    Thread.sleep(250);
                    String job = Bench.get(base + "api/v1/journals/" + journal + "/imports/" + id, "admin");
                    Matcher m = Pattern.compile("\"state\":\"(\\w+)\"").matcher(job);
                    state = m.find() ? m.group(1) : "?";
                    if (state.equals("REJECTED") || state.equals("FAILED")) {
                        throw new IllegalStateException("import " + state + ": " + job.substring(0, Math.min(2000, job.length())));
                    }
                } while (!state.equals("DONE"));
                long t2 = System.nanoTime();
                importing.set(false);
                probe.join();
                long[] written = written(jdbc, journal);
                double copy = copy(jdbc, csv, round);
                double upload = (t1 - t0) / 1e9;
                double job = (t2 - t1) / 1e9;
                double total = (t2 - t0) / 1e9;
                ratios.add(copy / total);
                bench.line(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f | %.2f | %d | %d | %.0f / %.0f |",
                        round, upload, job, total, copy, copy / total, written[0], written[1],
                        me.isEmpty() ? Double.NaN : Bench.percentile(me, 50),
                        me.isEmpty() ? Double.NaN : Bench.percentile(me, 95)));
            }
            bench.line("");
            bench.line(String.format(Locale.ROOT, "Median ratio %.2f (%.2f–%.2f over %d rounds); target at least 0.3.",
                    Bench.median(ratios), Collections.min(ratios), Collections.max(ratios), ratios.size()));
            bench.line("");
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static void generate(Path csv) throws Exception {
        Random random = new Random(18);
        LocalDate first = LocalDate.of(2015, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Рег. №;Дата регистрации;Корреспондент;Исх. №;от;Краткое содержание;Исполнитель\n");
            for (int i = 1; i <= ROWS; i++) {
                LocalDate day = first.plusDays(i * 3650L / ROWS);
                StringBuilder subject = new StringBuilder("О ");
                for (int w = 0; w < 5; w++) {
                    subject.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                out.write("Имп-" + i + ";" + String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(),
                        day.getYear()) + ";Управление образования № " + random.nextInt(500) + ";" + random.nextInt(9000)
                        + "/01-" + random.nextInt(40) + ";" + String.format("%02d.%02d.%d", day.getDayOfMonth(),
                        day.getMonthValue(), day.getYear()) + ";" + subject.toString().strip() + ";Исполнитель "
                        + random.nextInt(300) + "\n");
            }
        }
    }

    private static long journal(String base) throws Exception {
        HttpResponse<String> r = Bench.post(base + "api/v1/journals", "admin", "{\"direction\":\"INCOMING\",\"name\":"
                + "\"Импорт " + System.nanoTime() + "\",\"template\":\"Имп-{seq}\"}");
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException(r.body());
        }
        return Long.parseLong(m.group(1));
    }

    private static long upload(String base, long journal, Path csv) throws Exception {
        String boundary = "----bench" + System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/journals/" + journal + "/imports"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data;"
                                + " name=\"file\"; filename=\"journal.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
                        HttpRequest.BodyPublishers.ofFile(csv),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))).build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** GET /api/v1/me every 200 ms while the import runs: the latency a user sees meanwhile. */
    private static void probe(String base, AtomicBoolean importing, List<Double> millis) {
        while (importing.get()) {
            try {
                millis.add(Bench.timed(() -> Bench.get(base + "api/v1/me", "minpros.clerk")));
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                millis.add(60_000.0);
            }
        }
    }

    /** Letters written into the journal, and those with a search document. */
    private static long[] written(String jdbc, long journal) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(search) from letter where journal_id = " + journal)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** PostgreSQL's own COPY of the same file into a table shaped like letter, in seconds. */
    private static double copy(String jdbc, Path csv, int round) throws Exception {
        String table = "bench_import_copy_" + round;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("drop table if exists " + table);
            s.execute("create table " + table + " (like letter including all)");
            s.execute("alter table " + table + " alter organisation_id set default 1,"
                    + " alter direction set default 'INCOMING', alter state set default 'REGISTERED',"
                    + " alter created_by set default 'bench', alter created_at set default now()");
            s.execute("set datestyle = 'ISO, DMY'");
            double seconds;
            try (var in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                long start = System.nanoTime();
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (registration_number,"
                        + " registration_date, correspondent_name, correspondent_number, correspondent_date, subject,"
                        + " executor_name) from stdin (format csv, delimiter ';', header true)", in);
                seconds = (System.nanoTime() - start) / 1e9;
            }
            s.execute("drop table " + table);
            return seconds;
        }
    }
}

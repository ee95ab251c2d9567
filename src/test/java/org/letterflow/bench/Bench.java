package org.letterflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.system.Launch;

/**
 * The benchmark harness: starts letterflow.jar as a user would (embedded PostgreSQL), then
 * measures, in one run on this machine: start-up time and memory; registration throughput
 * through the API with 1, 8 and 32 clients next to PostgreSQL's own commit rate on the same
 * database (pgbench-style single-row updates); search latency over 1,000,000 generated letters
 * with attachment text. Prints a Markdown report and writes it to target/bench-results.md.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && mvn -B -q -pl src exec:java@bench}
 * (BENCH_SECONDS per throughput round, default 20; BENCH_LETTERS, default 1000000).
 */
public final class Bench {

    /** HTTP/1.1 with keep-alive, as curl and most API clients speak over plain http (the JDK's default asks for h2c). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "20"));
    private static final int LETTERS = Integer.parseInt(System.getenv().getOrDefault("BENCH_LETTERS", "1000000"));
    /** Which sections run: all by default, or a comma-separated choice of their names (startup, registration, …). */
    private static final String ONLY = System.getenv().getOrDefault("BENCH_ONLY", "startup,registration,search,tree,delivery,tasks,approval,pages,import,cluster");
    private static final String[] WORDS = {"образование", "школа", "мониторинг", "отчёт", "информация", "кампания",
            "учитель", "методический", "олимпиада", "аттестация", "питание", "безопасность", "каникулы", "экзамен",
            "воспитание", "библиотека", "спорт", "здоровье", "цифровой", "программа", "финансирование", "ремонт",
            "транспорт", "конкурс", "проверка", "сведения", "приказ", "совещание", "семинар", "выпускник"};

    /** Each in about 300 letters (a few hundred), over any BENCH_LETTERS of at least 3,000. */
    private static final String[] MEDIUM_WORDS = {"гимназия", "лицей", "интернат", "технопарк", "кванториум",
            "волонтёр", "наставник", "логопед", "психолог", "вожатый"};
    /** The first five each in 3 letters, the other five in none: words that match almost nothing. */
    private static final String[] RARE_WORDS = {"дефектолог", "тьютор", "хореограф", "этнограф", "геодезист",
            "астроном", "гидролог", "картограф", "звездочёт", "сурдопереводчик"};

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    private void run() throws Exception {
        line("# Letterflow benchmark run " + LocalDate.now());
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; letterflow.jar with its embedded PostgreSQL.");
        line("");
        Path data = Launch.tempData();
        int dbPort = Launch.freePort();
        Map<String, String> env = Map.of("LETTERFLOW_DATA", data.toString(), "LETTERFLOW_DB_PORT",
                Integer.toString(dbPort));
        if (ONLY.contains("startup")) {
            startup(env);
        }
        if (!ONLY.replace("startup", "").replace(",", "").isBlank()) {
            load(env, dbPort);
        }
        Path out = Path.of(System.getProperty("letterflow.jar", "src/target/letterflow/letterflow.jar")).toAbsolutePath()
                .getParent().getParent().resolve("bench-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\nWritten to " + out.toAbsolutePath());
    }

    /** The sections that need one running application. */
    private void load(Map<String, String> env, int dbPort) throws Exception {
        try (Launch app = Launch.start(env, Launch.freePort())) {
            if (app.secondsUntilSignInPage(Duration.ofMinutes(10)) < 0) {
                throw new IllegalStateException("letterflow.jar did not start: " + app.errors());
            }
            String base = "http://localhost:" + app.port + "/";
            // prepareThreshold=0: plan every query for its own words, as the application's statements are
            String jdbc = "jdbc:postgresql://localhost:" + dbPort + "/letterflow?prepareThreshold=0";
            if (ONLY.contains("registration")) {
                registration(base, jdbc);
            }
            if (ONLY.contains("search")) {
                search(base, jdbc);
            }
            if (ONLY.contains("tree")) {
                tree(base, jdbc);
            }
            if (ONLY.contains("delivery")) {
                delivery(base, jdbc);
            }
            if (ONLY.contains("tasks")) {
                tasks(base, jdbc);
            }
            if (ONLY.contains("approval")) {
                new ApprovalBench(this).run(base, jdbc, flowableDatabase(jdbc, dbPort));
            }
            if (ONLY.contains("pages")) {
                new PagesBench(this).run(base, jdbc, SECONDS, app.process.pid(), Path.of(env.get("LETTERFLOW_DATA")));
            }
            if (ONLY.contains("import")) {
                new ImportBench(this).run(base, jdbc);
            }
            if (ONLY.contains("cluster")) {
                new ClusterBench(this).run(dbPort, SECONDS);
            }
            line("");
            line("Memory of the running application after the load: " + rssMegabytes(app.process.pid()) + " MB RSS.");
        }
    }

    /**
     * Three starts (the first on an empty data folder): seconds to the sign-in page, the CPU time the
     * JVMs spent until then (what a busy machine stretches the seconds from), RSS then and again
     * after half a minute of rest, and the load average the start ran under.
     */
    private void startup(Map<String, String> env) throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Long> memory = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            try (Launch app = Launch.start(env, Launch.freePort())) {
                double s = app.secondsUntilSignInPage(Duration.ofMinutes(10));
                double c = cpuSeconds(app.process.pid());
                long rss = rssMegabytes(app.process.pid());
                Thread.sleep(30_000);
                long rested = rssMegabytes(app.process.pid());
                seconds.add(s);
                cpu.add(c);
                memory.add(rss);
                rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d | %d | %s |",
                        i == 0 ? "first (empty data)" : "restart " + i, s, c, rss, rested, load));
            }
        }
        line("## Start-up (java -jar letterflow.jar to the sign-in page answering)");
        line("");
        line("| start | seconds | CPU s of the JVMs | RSS MB | RSS MB 30 s later | load average at start |");
        line("|---|---|---|---|---|---|");
        rows.forEach(this::line);
        line(String.format(Locale.ROOT, "%nMedian: %.1f s (%.1f CPU s), %d MB (targets: under 20 s, under 600 MB).%n",
                median(seconds), median(cpu), (long) median(memory.stream().map(Long::doubleValue).toList())));
    }

    /** User and system CPU time of letterflow.jar and the server's JVM it started, in seconds. */
    static double cpuSeconds(long pid) {
        return cpuSeconds(javaProcesses(pid));
    }

    /**
     * The same of the embedded PostgreSQL whose data lie in {@code data}: its postmaster (which pg_ctl
     * leaves to the system, not a child of the launcher) and every backend below it.
     */
    static double databaseCpuSeconds(Path data) {
        List<Long> pids = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(c -> c.contains("postgres") && c.contains(data.toString())).isPresent())
                .forEach(p -> {
                    pids.add(p.pid());
                    p.descendants().forEach(d -> pids.add(d.pid()));
                });
        return cpuSeconds(pids);
    }

    private static double cpuSeconds(List<Long> pids) {
        long ticks = 0;
        for (long each : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + each + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (Exception e) {
                // a process that ended meanwhile
            }
        }
        return ticks / 100.0; // USER_HZ, 100 on Linux
    }

    private void registration(String base, String jdbc) throws Exception {
        line("## Registration throughput");
        line("");
        line("Each round: N clients register incoming letters through POST /api/v1/letters (HTTP Basic, JSON) into"
                + " a fresh journal for " + SECONDS + " s; beside it, N JDBC clients run pgbench-style single-row"
                + " update transactions (autocommit) on the same PostgreSQL for the same time.");
        line("");
        line("| clients | API registrations/s | GET /api/v1/me/s | ÷ /me | PostgreSQL commits/s | ÷ PostgreSQL | numbers | duplicates | gaps |");
        line("|---|---|---|---|---|---|---|---|---|");
        accounts(jdbc);
        List<String> waits = new ArrayList<>();
        for (int clients : new int[] {1, 8, 32}) {
            long journal = journal(base, clients);
            double api;
            String states;
            try (BackendStates backends = new BackendStates(jdbc)) {
                api = rate(clients, () -> registerIncoming(base, journal), () -> null);
                states = backends.shares();
            }
            waits.add("- " + clients + " clients: " + states);
            // the floor of any API call as the same clerk: sign-in, reading the caller, JSON
            double me = rate(clients, () -> get(base + "api/v1/me", "minpros.clerk"), () -> null);
            double pg = commitRate(jdbc, clients);
            long[] check = numbersOf(jdbc, journal);
            line(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %.1f | %.3f | %d | %d | %d |", clients, api, me,
                    api / me, pg, api / pg, check[0], check[0] - check[1], check[2] - check[1]));
        }
        line("");
        line("The application's PostgreSQL backends during the registrations (pg_stat_activity every 20 ms):");
        line("");
        waits.forEach(this::line);
        line("");
    }

    /** A fresh database in the same PostgreSQL for the Flowable engine's own tables. */
    private static String flowableDatabase(String jdbc, int dbPort) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists flowable_bench");
            s.execute("create database flowable_bench");
        }
        return "jdbc:postgresql://localhost:" + dbPort + "/flowable_bench";
    }

    /** The table of PostgreSQL's own commit rate: 100,000 accounts, as pgbench has them. */
    static void accounts(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_accounts");
            s.execute("create table bench_accounts (id int primary key, balance bigint not null)");
            s.execute("insert into bench_accounts select g, 0 from generate_series(1, 100000) g");
            s.execute("vacuum analyze bench_accounts");
        }
    }

    /** PostgreSQL's own commits per second: n clients of single-row update transactions (autocommit). */
    static double commitRate(String jdbc, int clients) throws Exception {
        return rate(clients, null, () -> {
            Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
            c.setAutoCommit(true);
            return c;
        });
    }

    private void search(String base, String jdbc) throws Exception {
        line("## Search latency over " + LETTERS + " generated letters with attachment text");
        line("");
        long started = System.nanoTime();
        generateLetters(jdbc);
        line(String.format(Locale.ROOT, "Generated with SQL in %.0f s (not part of the figure).",
                (System.nanoTime() - started) / 1e9));
        line("");
        List<Double> words = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        List<Double> sql = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            for (int i = 0; i < 200; i++) {
                String word = WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)];
                String form = word.length() > 6 ? word.substring(0, word.length() - 1) + "ы" : word;
                words.add(timed(() -> get(base + "api/v1/letters?q=" + enc(form), "minpros.clerk")));
                String number = "Б-" + (1 + ThreadLocalRandom.current().nextInt(LETTERS));
                numbers.add(timed(() -> get(base + "api/v1/letters?number=" + enc(number), "minpros.clerk")));
                sql.add(timed(() -> {
                    try (PreparedStatement p = c.prepareStatement("select id from letter where organisation_id = 1"
                            + " and search @@ websearch_to_tsquery('russian', ?) order by registration_date desc nulls first, id desc"
                            + " limit 25")) {
                        p.setString(1, form);
                        try (ResultSet rs = p.executeQuery()) {
                            while (rs.next()) {
                                rs.getLong(1);
                            }
                        }
                    }
                    return null;
                }));
            }
        }
        // by how many letters a word matches: the planner's guess about a word must not decide its speed
        List<Double> rare = new ArrayList<>();
        List<Double> medium = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String r = RARE_WORDS[ThreadLocalRandom.current().nextInt(RARE_WORDS.length)];
            rare.add(timed(() -> get(base + "api/v1/letters?q=" + enc(r), "minpros.clerk")));
            String m = MEDIUM_WORDS[ThreadLocalRandom.current().nextInt(MEDIUM_WORDS.length)];
            medium.add(timed(() -> get(base + "api/v1/letters?q=" + enc(m), "minpros.clerk")));
        }
        line("| query (200 each, through the API as minpros.clerk) | p50 ms | p95 ms |");
        line("|---|---|---|");
        percentiles("a word of almost no letter (3 or none), first page with count", rare, 1);
        percentiles("a word of a few hundred letters (~300), first page with count", medium, 1);
        percentiles("a word of a tenth of all letters (~13 %, another grammatical form), first page of 25, count capped", words, 1);
        percentiles("exact registration number", numbers, 1);
        percentiles("the word query alone in SQL (JDBC, no count)", sql, 1);
        line("");
    }

    /**
     * The full-size tree under the demo ministry: 89 regions, 2,314 municipalities, 85,618 schools
     * and 12,460 other subordinate organisations, about 100,000 in all; then the descendant
     * queries the application makes.
     */
    private void tree(String base, String jdbc) throws Exception {
        line("## Organisation tree: descendant queries over 100,000 organisations");
        line("");
        generateTree(jdbc);
        List<Double> ministry = new ArrayList<>();
        List<Double> region = new ArrayList<>();
        List<Double> within = new ArrayList<>();
        long someRegion;
        long someSchool;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select min(id) from organisation where full_name like 'Регион %'")) {
                rs.next();
                someRegion = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("select max(id) from organisation where kind = 'SCHOOL'")) {
                rs.next();
                someSchool = rs.getLong(1);
            }
            String subtree = "with recursive subtree(id) as (select id from organisation where id = ?"
                    + " union all select o.id from organisation o join subtree t on o.parent_id = t.id)"
                    + " select count(*) from subtree";
            String contains = "with recursive ancestors(id, parent_id) as (select id, parent_id from organisation"
                    + " where id = ? union all select o.id, o.parent_id from organisation o"
                    + " join ancestors a on o.id = a.parent_id) select count(*) from ancestors where id = ?";
            for (int i = 0; i < 50; i++) {
                ministry.add(timed(() -> count(c, subtree, 1L)));
                region.add(timed(() -> count(c, subtree, someRegion)));
                within.add(timed(() -> count(c, contains, someSchool, 1L)));
            }
        }
        line("| query (50 each, the application's SQL over JDBC) | p50 ms | p95 ms |");
        line("|---|---|---|");
        percentiles("all descendants of the ministry (the whole tree)", ministry, 1);
        percentiles("all descendants of one region", region, 2);
        percentiles("is a school below the ministry (walk up its ancestors)", within, 2);
        List<Double> api = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            api.add(timed(() -> get(base + "api/v1/organisations?parent=" + someRegion, "admin")));
        }
        percentiles("GET /api/v1/organisations?parent={region}: one level, 166 children (20 calls)", api, 1);
        line("");
    }

    /**
     * One letter to every school of the full-size tree through the API (POST, then the job polled
     * to its end), three times, next to PostgreSQL inserting as many rows into a copy of the delivery
     * table in one statement; then the chain view of such a letter.
     */
    private void delivery(String base, String jdbc) throws Exception {
        generateTree(jdbc);
        line("## Forwarding: one letter to every school of the country");
        line("");
        List<Double> sending = new ArrayList<>();
        List<Double> bulk = new ArrayList<>();
        long recipients = 0;
        long letter = 0;
        for (int round = 1; round <= 3; round++) {
            HttpResponse<String> created = post(base + "api/v1/letters", "minpros.clerk", """
                    {"direction": "OUTGOING", "subject": "Бенчмарк рассылки %d", "register": true}""".formatted(round));
            letter = json(created.body()).getJsonNumber("id").longValue();
            long start = System.nanoTime();
            HttpResponse<String> accepted = post(base + "api/v1/letters/" + letter + "/deliveries", "minpros.clerk",
                    "{\"descendantsOfKind\": \"SCHOOL\"}");
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException(accepted.statusCode() + " " + accepted.body());
            }
            String job = accepted.headers().firstValue("Location").orElseThrow();
            String state;
            do {
                Thread.sleep(20);
                state = get(job, "minpros.clerk");
            } while (json(state).getString("state").equals("RUNNING"));
            sending.add((System.nanoTime() - start) / 1e6);
            recipients = json(state).getInt("total");
            long rows = recipients;
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
                s.execute("drop table if exists delivery_bulk");
                s.execute("create table delivery_bulk (like delivery including defaults including identity including constraints including indexes)");
                bulk.add(timed(() -> s.executeUpdate("insert into delivery_bulk (letter_id, recipient_id, recipient_kind, root_letter_id, state,"
                        + " delivered_at) select 1, g, 'SCHOOL', 1, 'DELIVERED', now() from generate_series(1, " + rows + ") g")));
                s.execute("drop table delivery_bulk");
            }
        }
        line("| measure (" + recipients + " recipients, 3 rounds) | median ms | each round ms |");
        line("|---|---|---|");
        line(String.format(Locale.ROOT, "| POST /letters/{id}/deliveries to the job's end (batches of 5,000) | %.0f | %s |",
                median(sending), rounds(sending)));
        line(String.format(Locale.ROOT, "| PostgreSQL: one INSERT … SELECT of as many rows into a copy of the table | %.0f | %s |",
                median(bulk), rounds(bulk)));
        line(String.format(Locale.ROOT, "%nRatio of the medians: %.1f× the bulk insert (target: within 5×, and under 10 s).%n",
                median(sending) / median(bulk)));
        List<Double> chain = new ArrayList<>();
        List<Double> export = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long shown = letter;
            chain.add(timed(() -> get(base + "api/v1/letters/" + shown + "/chain", "minpros.clerk")));
        }
        for (int i = 0; i < 3; i++) {
            long shown = letter;
            export.add(timed(() -> get(base + "api/v1/letters/" + shown + "/chain.csv", "minpros.clerk")));
        }
        line("| chain of that letter | p50 ms | p95 ms |");
        line("|---|---|---|");
        percentiles("GET /letters/{id}/chain: totals, levels, first 100 nodes with their branches (30 calls)", chain, 0);
        percentiles("GET /letters/{id}/chain.csv: every delivery (3 calls)", export, 0);
        line("");
    }

    static jakarta.json.JsonObject json(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String rounds(List<Double> millis) {
        return String.join(", ", millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
    }

    /**
     * A million tasks (one due date each) spread over every school and municipal authority of the
     * full-size tree, 60% reported (a tenth of those late); then "Мои поручения" of a municipal
     * clerk and the discipline report of one region and of the whole country, through the API.
     */
    private void tasks(String base, String jdbc) throws Exception {
        generateTree(jdbc);
        line("## Tasks: 1,000,000 across the full-size tree");
        line("");
        long region;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            double seconds = timed(() -> {
                resolutions(s, "П-1", "Бенчмарк поручений", "Поручение ", 1000);
                s.execute("""
                        insert into task (resolution_id, assignee_org_id)
                        select r.first + g % 1000, o.ids[1 + g % cardinality(o.ids)]
                          from generate_series(1, 1000000) g,
                               (select min(id) as first from resolution) r,
                               (select array_agg(id order by id) as ids from organisation
                                 where kind in ('SCHOOL', 'MUNICIPAL_AUTHORITY')) o""");
                s.execute("""
                        insert into task (resolution_id, assignee_org_id)
                        select (select min(id) from resolution), 7 from generate_series(1, 40)""");
                s.execute("""
                        insert into task_checkpoint (task_id, position, due_on, state, reported_by, reported_at)
                        select t.id, 1, current_date - 180 + (t.id % 365)::int,
                               case when t.id % 10 < 6 then 'DONE' else 'OPEN' end,
                               case when t.id % 10 < 6 then 'bench' end,
                               case when t.id % 10 < 6 then (current_date - 180 + (t.id % 365)::int)
                                   + case when t.id % 100 < 6 then 3 else -1 end end
                          from task t""");
                s.execute("analyze task");
                s.execute("analyze task_checkpoint");
                s.execute("analyze task_discipline");
                return null;
            });
            line(String.format(Locale.ROOT, "Generated in %.0f s (the discipline roll-ups kept by their triggers meanwhile).%n",
                    seconds / 1000));
            try (ResultSet rs = s.executeQuery("select min(id) from organisation where full_name = 'Регион 1'")) {
                rs.next();
                region = rs.getLong(1);
            }
        }
        LocalDate from = LocalDate.now().minusDays(180);
        LocalDate to = LocalDate.now().plusDays(185);
        String period = "from=" + from + "&to=" + to;
        List<Double> mine = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            mine.add(timed(() -> get(base + "api/v1/tasks?assignee=me", "irkutsk.city.clerk")));
        }
        line("| request | p50 ms | p95 ms |");
        line("|---|---|---|");
        percentiles("GET /tasks?assignee=me: a municipal clerk's open due dates (30 calls)", mine, 0);
        line("");
        // The discipline report as it is (roll-ups of whole months, edge days from the due dates) through
        // the API, beside the query it replaced (every due date of the subtree counted) in SQL on the same
        // database, in alternating rounds; each figure a median of its round, the ratio of the medians.
        line("The discipline report, a year cutting months (" + from + " – " + to + "): through the API (roll-ups)"
                + " and, in the same rounds, the query it replaced (every due date counted, in SQL over JDBC, so"
                + " without the API's JSON of the same lines). Medians per round: region 10 calls each, country 3.");
        line("");
        line("| round | region API ms | region old SQL ms | ÷ | country API ms | country old SQL ms | ÷ | country by subordinates API ms | ÷ |");
        line("|---|---|---|---|---|---|---|---|---|");
        List<Double> ratiosRegion = new ArrayList<>();
        List<Double> ratiosCountry = new ArrayList<>();
        List<Double> ratiosSubordinates = new ArrayList<>();
        List<Double> apiRegion = new ArrayList<>();
        List<Double> apiCountry = new ArrayList<>();
        List<Double> apiSubordinates = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            for (int round = 1; round <= 3; round++) {
                List<Double> regional = new ArrayList<>();
                List<Double> regionalOld = new ArrayList<>();
                List<Double> country = new ArrayList<>();
                List<Double> countryOld = new ArrayList<>();
                List<Double> subordinates = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    regional.add(timed(() -> get(base + "api/v1/reports/discipline?" + period + "&org=" + region + "&by=ORGANISATIONS",
                            "minpros.head")));
                    regionalOld.add(timed(() -> everyDueDateCounted(c, region, from, to)));
                }
                for (int i = 0; i < 3; i++) {
                    country.add(timed(() -> get(base + "api/v1/reports/discipline?" + period + "&by=ORGANISATIONS", "minpros.head")));
                    countryOld.add(timed(() -> everyDueDateCounted(c, 1, from, to)));
                    subordinates.add(timed(() -> get(base + "api/v1/reports/discipline?" + period + "&by=SUBORDINATES",
                            "minpros.head")));
                }
                double r = median(regional);
                double ro = median(regionalOld);
                double k = median(country);
                double ko = median(countryOld);
                double b = median(subordinates);
                apiRegion.add(r);
                apiCountry.add(k);
                apiSubordinates.add(b);
                ratiosRegion.add(ro / r);
                ratiosCountry.add(ko / k);
                ratiosSubordinates.add(ko / b);
                line(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.1f× | %.0f | %.0f | %.1f× | %.0f | %.1f× |", round, r,
                        ro, ro / r, k, ko, ko / k, b, ko / b));
            }
        }
        line("");
        line(String.format(Locale.ROOT, "Median of the rounds: region %.0f ms (rounds %s), country %.0f ms (rounds %s);"
                        + " old ÷ new %.1f× and %.1f×.", median(apiRegion), rounds(apiRegion), median(apiCountry),
                rounds(apiCountry), median(ratiosRegion), median(ratiosCountry)));
        line(String.format(Locale.ROOT, "The country by subordinates (a line per region, each its subtree summed): %.0f ms"
                + " (rounds %s); the old query for every organisation ÷ this %.1f×.", median(apiSubordinates),
                rounds(apiSubordinates), median(ratiosSubordinates)));
        line("");
        line("Targets: under 200 ms for Мои поручения; the discipline report under 300 ms for a region and under 1 s for the country"
                + " (by subordinates: a line per region).");
        line("");
    }

    /** The discipline report's query before the roll-ups (issue 7): every due date of the subtree counted. */
    private static Object everyDueDateCounted(Connection c, long root, LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                with recursive subtree(id) as (
                    select id from organisation where id = ?
                    union all
                    select o.id from organisation o join subtree s on o.parent_id = s.id
                ), assigned(task, organisation, person) as (
                    select t.id, t.assignee_org_id, cast(null as bigint) from task t join subtree s on s.id = t.assignee_org_id
                    union all
                    select t.id, u.organisation_id, u.id from app_user u join subtree s on s.id = u.organisation_id
                      join task t on t.assignee_user_id = u.id
                )
                select h.id, u.id, h.short_name, u.short_name, count(*),
                       count(*) filter (where c.state <> 'OPEN'
                           and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                       count(*) filter (where c.state <> 'OPEN'
                           and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                       count(*) filter (where c.state = 'OPEN' and c.due_on < cast(now() at time zone h.time_zone as date)),
                       count(*) filter (where c.state = 'OPEN' and c.due_on >= cast(now() at time zone h.time_zone as date))
                  from assigned a
                  join task_checkpoint c on c.task_id = a.task
                  join organisation h on h.id = a.organisation
                  left join app_user u on u.id = a.person
                 where c.due_on between ? and ?
                 group by grouping sets ((h.id, h.short_name), (h.id, h.short_name, u.id, u.short_name))
                having grouping(u.id) = 1 or u.id is not null
                 order by h.short_name, u.short_name nulls first""")) {
            s.setLong(1, root);
            s.setObject(2, from);
            s.setObject(3, to);
            long lines = 0;
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    lines++;
                }
            }
            return lines;
        }
    }

    /**
     * A registered incoming letter of the ministry with {@code count} resolutions on control, their
     * texts {@code text} followed by their number: what the task sections hang their tasks on.
     */
    static void resolutions(Statement s, String number, String subject, String text, int count) throws Exception {
        s.execute("""
                insert into letter (organisation_id, direction, state, registration_number, registration_year,
                                    registration_sequence, registration_date, subject, created_by, created_at)
                values (1, 'INCOMING', 'REGISTERED', '%s', 2026, 1, current_date, '%s', 'bench', now())"""
                .formatted(number, subject));
        s.execute("""
                insert into resolution (letter_id, organisation_id, author_id, text, on_control, created_at)
                select (select max(id) from letter where registration_number = '%s'), 1, 2,
                       '%s' || g, true, now() from generate_series(1, %d) g""".formatted(number, text, count));
    }

    /** The full-size tree, once per run: 89 regions, 26 municipalities each, 37 schools each, 140 others per region. */
    void generateTree(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from organisation where full_name like 'Регион %'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone)"
                    + " select 1, 'REGIONAL_AUTHORITY', 'Регион ' || g, 'Р' || g, 'Europe/Moscow' from generate_series(1, 89) g");
            s.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone)"
                    + " select r.id, 'MUNICIPAL_AUTHORITY', 'Муниципалитет ' || r.id || '-' || g, 'М' || r.id || '-' || g,"
                    + " 'Europe/Moscow' from organisation r cross join generate_series(1, 26) g where r.full_name like 'Регион %'");
            s.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone)"
                    + " select m.id, 'SCHOOL', 'Школа ' || m.id || '-' || g, 'Ш' || m.id || '-' || g, 'Europe/Moscow'"
                    + " from organisation m cross join generate_series(1, 37) g where m.full_name like 'Муниципалитет %'");
            s.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone)"
                    + " select r.id, 'OTHER', 'Подведомственная ' || r.id || '-' || g, 'П' || r.id || '-' || g, 'Europe/Moscow'"
                    + " from organisation r cross join generate_series(1, 140) g where r.full_name like 'Регион %'");
            s.execute("analyze organisation");
            try (ResultSet rs = s.executeQuery("select count(*) from organisation")) {
                rs.next();
                line("Generated: " + rs.getLong(1) + " organisations.");
                line("");
            }
        }
    }

    private static long count(Connection c, String sql, long... parameters) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Letters of the ministry, numbered Б-1…Б-N, each with a file whose text is a few sentences. */
    private static void generateLetters(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica"); // triggers off: the search document is built here
            s.execute("create temp table words (n int, w text)");
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < WORDS.length; i++) {
                values.append(i == 0 ? "" : ",").append("(").append(i).append(",'").append(WORDS[i]).append("')");
            }
            s.execute("insert into words values " + values);
            // the few-hundred words on every K-th letter, the rare ones on every R-th (3 letters each)
            s.execute("create temp table medium_words (n int, w text)");
            s.execute("create temp table rare_words (n int, w text)");
            for (int i = 0; i < MEDIUM_WORDS.length; i++) {
                s.execute("insert into medium_words values (" + i + ", '" + MEDIUM_WORDS[i] + "')");
                s.execute("insert into rare_words values (" + i + ", '" + RARE_WORDS[i] + "')");
            }
            int k = Math.max(1, LETTERS / 3000);
            int r = Math.max(1, LETTERS / 15);
            s.execute("insert into registration_journal (organisation_id, direction, name, number_template)"
                    + " values (1, 'INCOMING', 'Бенчмарк', 'Б-{seq}')");
            long journal;
            try (ResultSet rs = s.executeQuery("select max(id) from registration_journal")) {
                rs.next();
                journal = rs.getLong(1);
            }
            s.execute("insert into file_content (sha256, size, bytes) values (repeat('b', 64), 1, '\\x00')"
                    + " on conflict do nothing");
            int batch = 100_000;
            for (int from = 1; from <= LETTERS; from += batch) {
                int to = Math.min(LETTERS, from + batch - 1);
                s.execute("""
                        insert into letter (organisation_id, direction, state, journal_id, registration_number,
                            registration_year, registration_sequence, registration_date, correspondent_name, subject,
                            summary, created_by, created_at, search)
                        select 1, 'INCOMING', 'REGISTERED', %d, 'Б-' || g, 2024, g, date '2024-01-01' + (g %% 365),
                               'Корреспондент ' || (g %% 500),
                               'О ' || (select w from words where n = g %% 30) || ' и ' || (select w from words where n = (g / 30) %% 30),
                               concat_ws(' ', (select w from medium_words where g %% %d = 0 and n = (g / %d) %% 10),
                                              (select w from rare_words where g %% %d = 0 and n = (g / %d) %% 5)),
                               'bench', now(),
                               setweight(to_tsvector('russian', 'О ' || (select w from words where n = g %% 30) || ' и '
                                   || (select w from words where n = (g / 30) %% 30)), 'A')
                               || setweight(to_tsvector('russian', concat_ws(' ',
                                   (select w from medium_words where g %% %d = 0 and n = (g / %d) %% 10),
                                   (select w from rare_words where g %% %d = 0 and n = (g / %d) %% 5))), 'B')
                               || setweight(to_tsvector('russian', 'Просим представить сведения, '
                                   || (select w from words where n = (g / 7) %% 30) || ' '
                                   || (select w from words where n = (g / 11) %% 30) || ' до конца месяца'), 'C')
                          from generate_series(%d, %d) g""".formatted(journal, k, k, r, r, k, k, r, r, from, to));
                s.execute("""
                        insert into attachment (letter_id, file_name, media_type, sha256, size, pages, text, text_status,
                            added_by, added_at)
                        select id, 'письмо.pdf', 'application/pdf', repeat('b', 64), 1, 1,
                               'Просим представить сведения ' || registration_number, 'EXTRACTED', 'bench', now()
                          from letter where journal_id = %d and registration_sequence between %d and %d"""
                        .formatted(journal, from, to));
            }
            s.execute("set session_replication_role = origin");
            s.execute("vacuum analyze letter");
            s.execute("vacuum analyze attachment");
        }
    }

    interface Job {
        void run() throws Exception;
    }

    interface ConnectionSource {
        Connection open() throws Exception;
    }

    /** Operations per second over SECONDS with n clients: API calls when job is given, else SQL updates. */
    static double rate(int clients, Job job, ConnectionSource connections) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                Connection c = connections.open();
                try (PreparedStatement update = c == null ? null
                        : c.prepareStatement("update bench_accounts set balance = balance + 1 where id = ?")) {
                    while (System.nanoTime() < end) {
                        if (job != null) {
                            job.run();
                        } else {
                            update.setInt(1, 1 + ThreadLocalRandom.current().nextInt(100_000));
                            update.executeUpdate();
                        }
                        done.incrementAndGet();
                    }
                } finally {
                    if (c != null) {
                        c.close();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** One incoming letter registered through the API into the journal, as the clerk of the ministry. */
    static void registerIncoming(String base, long journal) throws Exception {
        HttpResponse<String> r = post(base + "api/v1/letters", "minpros.clerk", "{\"direction\":\"INCOMING\",\"journalId\":"
                + journal + ",\"correspondentName\":\"Бенчмарк\",\"subject\":\"Письмо для замера\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    static long journal(String base, int clients) throws Exception {
        HttpResponse<String> r = post(base + "api/v1/journals", "admin", "{\"direction\":\"INCOMING\",\"name\":\"Замер "
                + clients + " " + System.nanoTime() + "\",\"template\":\"З-{seq}\"}");
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException(r.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** count, distinct sequences, highest sequence: a gap-free, duplicate-free journal has all three equal. */
    private static long[] numbersOf(String jdbc, long journal) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
             PreparedStatement p = c.prepareStatement("select count(*), count(distinct registration_sequence),"
                     + " coalesce(max(registration_sequence), 0) from letter where journal_id = ?")) {
            p.setLong(1, journal);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    interface Timed {
        Object call() throws Exception;
    }

    static double timed(Timed work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    static HttpResponse<String> post(String url, String login, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(login))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String get(String url, String login) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(login))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * RSS of letterflow.jar with the server's JVM it starts for its heap bound (the launcher alone
     * is ~45 MB; measuring only it reported "44 MB" after a whole run).
     */
    private static long rssMegabytes(long pid) {
        long kb = 0;
        for (long each : javaProcesses(pid)) {
            try {
                for (String l : Files.readAllLines(Path.of("/proc/" + each + "/status"))) {
                    if (l.startsWith("VmRSS:")) {
                        kb += Long.parseLong(l.replaceAll("\\D", ""));
                    }
                }
            } catch (Exception e) {
                // a process that ended meanwhile holds no memory
            }
        }
        return kb == 0 ? -1 : kb / 1024;
    }

    /** letterflow.jar and the server's JVM it starts: the embedded PostgreSQL's processes share their buffers. */
    private static List<Long> javaProcesses(long pid) {
        List<Long> pids = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).ifPresent(p -> p.descendants()
                .filter(d -> d.info().command().filter(c -> c.endsWith("java")).isPresent())
                .forEach(d -> pids.add(d.pid())));
        return pids;
    }

    /** A table row: what was timed, then its p50 and p95 in milliseconds. */
    void percentiles(String label, List<Double> millis, int decimals) {
        String format = "| %s | %." + decimals + "f | %." + decimals + "f |";
        line(String.format(Locale.ROOT, format, label, percentile(millis, 50), percentile(millis, 95)));
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}

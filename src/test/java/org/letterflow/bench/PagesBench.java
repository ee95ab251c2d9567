package org.letterflow.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The main JSF pages under 20 people at once (issue 14, "Measured"): each simulated person signs in
 * through the form as a browser does, keeps the session's cookie, and opens in turn Входящие of a
 * clerk with 10,000 incoming letters, the card of one of them, a search by word on the search page
 * (the page, then its form's AJAX request), Мои поручения of a municipal clerk with 1,000 open
 * tasks, and the chain of a letter sent to the country's 85,618 schools. Static resources are not
 * fetched: a browser caches them. Each request's full answer is read; any answer other than 200, or
 * a page that sent the person back to the sign-in form, counts as an error. Two rounds: without a
 * pause between pages (every person always waiting for a page: the machine's limit), and with the
 * pause of a person reading the page (1–5 s), which is what 20 people at work make of a server.
 */
final class PagesBench {

    static final int PEOPLE = Integer.parseInt(System.getenv().getOrDefault("BENCH_PEOPLE", "20"));
    private static final int INBOX = 10_000;
    private static final int TASKS = 1_000;
    private static final long TOMSK = 2;
    private static final long IRKUTSK_CITY = 7;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final int ALONE = 50;
    private static final List<String> PAGES = List.of("Входящие: 10,000 incoming letters (inbox.xhtml)",
            "Карточка письма (letter.xhtml)", "Поиск по слову: the page and its form's AJAX request (search.xhtml)",
            "Мои поручения: 1,000 open tasks (tasks.xhtml)", "Цепочка: 85,618 deliveries (chain.xhtml)");
    private static final String[] WORDS = {"мониторинг", "олимпиада", "питание", "аттестация", "экзамен"};

    private final Bench bench;

    PagesBench(Bench bench) {
        this.bench = bench;
    }

    void run(String base, String jdbc, int seconds, long app, Path data) throws Exception {
        bench.line("## Pages: " + PEOPLE + " people at once through the JSF pages (issue 14)");
        bench.line("");
        long chainLetter = prepare(base, jdbc);
        List<Long> cards = tomskLetters(jdbc);
        List<Person[]> signedIn = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            signedIn.add(new Person[] {Person.signIn(base, "tomsk.clerk"), Person.signIn(base, "irkutsk.city.clerk"),
                    Person.signIn(base, "minpros.clerk")});
        }
        round("without a pause between pages (a saturation test: the machine at its limit)", signedIn, cards, chainLetter,
                seconds, Duration.ZERO, Duration.ZERO);
        // A clerk reads a page before opening the next: 1 to 5 s, drawn afresh each time. The round runs
        // longer so that each page still gets enough requests for a 95th percentile.
        round("with a pause of 1–5 s after each page, as people read them", signedIn, cards, chainLetter,
                Math.max(seconds, 60), Duration.ofSeconds(1), Duration.ofSeconds(5));
        // after the rounds, so that the compilers have done their work and the CPU is the page's own
        alone(signedIn.get(0), cards, chainLetter, app, data);
        bench.line("Target: p95 under 500 ms for every page.");
        bench.line("");
    }

    /**
     * Each page alone, opened by one person again and again: its time, and the CPU it costs the
     * server's JVM and PostgreSQL (the processes' own counters, so a busy machine stretches the time
     * but hardly the CPU). What the rounds above divided among 20 people.
     */
    private void alone(Person[] person, List<Long> cards, long chainLetter, long app, Path data) throws Exception {
        Page[] pages = pages(person, cards, chainLetter);
        bench.line("### One person, each page alone (" + ALONE + " times after 10 not counted)");
        bench.line("");
        bench.line("| page | p50 ms | CPU ms per page: the server's JVMs | PostgreSQL |");
        bench.line("|---|---|---|---|");
        for (int i = 0; i < pages.length; i++) {
            for (int warm = 0; warm < 10; warm++) {
                pages[i].open();
            }
            List<Double> millis = new ArrayList<>();
            double jvm = Bench.cpuSeconds(app);
            double database = Bench.databaseCpuSeconds(data);
            for (int n = 0; n < ALONE; n++) {
                long start = System.nanoTime();
                if (!pages[i].open()) {
                    throw new IllegalStateException(PAGES.get(i) + " did not open");
                }
                millis.add((System.nanoTime() - start) / 1e6);
            }
            bench.line(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f |", PAGES.get(i), Bench.percentile(millis, 50),
                    (Bench.cpuSeconds(app) - jvm) * 1000 / ALONE, (Bench.databaseCpuSeconds(data) - database) * 1000 / ALONE));
        }
        bench.line("");
    }

    /**
     * The five pages of {@link #PAGES} as one person opens them: Входящие, a card and a search as the
     * regional clerk (a card and a word drawn afresh each time), Мои поручения as the municipal
     * clerk, the chain as the ministry's.
     */
    private static Page[] pages(Person[] person, List<Long> cards, long chainLetter) {
        return new Page[] {
            () -> person[0].get("inbox.xhtml"),
            () -> person[0].get("letter.xhtml?id=" + cards.get(ThreadLocalRandom.current().nextInt(cards.size()))),
            () -> person[0].search(WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)]),
            () -> person[1].get("tasks.xhtml"),
            () -> person[2].get("chain.xhtml?letter=" + chainLetter)};
    }

    private void round(String title, List<Person[]> signedIn, List<Long> cards, long chainLetter, int seconds,
                       Duration leastPause, Duration mostPause) throws Exception {
        Map<String, Queue<Double>> times = new LinkedHashMap<>();
        for (String page : PAGES) {
            times.put(page, new ConcurrentLinkedQueue<>());
        }
        List<Queue<Double>> byPage = new ArrayList<>(times.values());
        AtomicLong errors = new AtomicLong();
        List<AtomicLong> errorsByPage = byPage.stream().map(page -> new AtomicLong()).toList();
        AtomicLong requests = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(signedIn.size());
        List<Future<?>> people = new ArrayList<>();
        long warmUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long end = warmUntil + Duration.ofSeconds(seconds).toNanos();
        for (Person[] person : signedIn) {
            Page[] visit = pages(person, cards, chainLetter);
            people.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    for (int i = 0; i < visit.length && System.nanoTime() < end; i++) {
                        long start = System.nanoTime();
                        boolean ok = visit[i].open();
                        double millis = (System.nanoTime() - start) / 1e6;
                        if (start > warmUntil) {
                            requests.incrementAndGet();
                            byPage.get(i).add(millis);
                            if (!ok) {
                                errors.incrementAndGet();
                                errorsByPage.get(i).incrementAndGet();
                            }
                        }
                        if (mostPause.toMillis() > 0) {
                            Thread.sleep(ThreadLocalRandom.current().nextLong(leastPause.toMillis(), mostPause.toMillis() + 1));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> person : people) {
            person.get();
        }
        pool.shutdown();
        bench.line("### " + signedIn.size() + " people " + title);
        bench.line("");
        bench.line(signedIn.size() + " people, each signed in through the form as three users (a regional clerk, a"
                + " municipal clerk, a ministry clerk), opening the five pages in turn for " + seconds + " s after 10 s not"
                + " counted; " + requests.get() + " requests counted, " + errors.get() + " errors.");
        bench.line("");
        bench.line("| page | requests | errors | p50 ms | p95 ms |");
        bench.line("|---|---|---|---|---|");
        int index = 0;
        for (Map.Entry<String, Queue<Double>> page : times.entrySet()) {
            List<Double> millis = new ArrayList<>(page.getValue());
            long failed = errorsByPage.get(index++).get();
            bench.line(millis.isEmpty() ? "| " + page.getKey() + " | 0 | 0 | — | — |"
                    : String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f |", page.getKey(), millis.size(), failed,
                            Bench.percentile(millis, 50), Bench.percentile(millis, 95)));
        }
        bench.line("");
    }

    interface Page {
        boolean open() throws Exception;
    }

    /** One person's browser: a cookie jar, signed in through the form. */
    record Person(String base, HttpClient client) {

        static Person signIn(String base, String login) throws Exception {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            Person person = new Person(base, client);
            String form = person.page("login.xhtml").body();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("signIn", "signIn");
            fields.put("signIn:login", login);
            fields.put("signIn:password", "demo");
            fields.put("signIn:submit", "");
            fields.put("jakarta.faces.ViewState", viewState(form));
            HttpResponse<String> signedIn = person.post("login.xhtml", fields, false);
            if (signedIn.statusCode() != 200 || signedIn.uri().getPath().endsWith("login.xhtml")) {
                throw new IllegalStateException(login + " could not sign in: " + signedIn.statusCode());
            }
            return person;
        }

        boolean get(String path) throws Exception {
            HttpResponse<String> page = page(path);
            return page.statusCode() == 200 && !page.uri().getPath().endsWith("login.xhtml");
        }

        /** The search page as a person uses it: the page, then the search form sent by AJAX. */
        boolean search(String word) throws Exception {
            HttpResponse<String> page = page("search.xhtml");
            Map<String, String> fields = new HashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", "search:find");
            fields.put("jakarta.faces.partial.execute", "search");
            fields.put("jakarta.faces.partial.render", "search");
            fields.put("search", "search");
            fields.put("search:text", word);
            fields.put("search:find", "search:find");
            fields.put("jakarta.faces.ViewState", viewState(page.body()));
            HttpResponse<String> answer = post("search.xhtml", fields, true);
            return answer.statusCode() == 200 && answer.body().contains("<partial-response")
                    && !answer.body().contains("<error>");
        }

        private HttpResponse<String> page(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax) throws Exception {
            String body = fields.entrySet().stream()
                    .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Origin", base.substring(0, base.length() - 1))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String viewState(String page) {
            Matcher m = VIEW_STATE.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no view state on the page");
            }
            return m.group(1);
        }
    }

    /**
     * The data: the full-size tree, 10,000 incoming letters registered by Tomsk, 1,000 open tasks of
     * the Irkutsk city department, and one letter of the ministry sent to every school through the
     * API. Returns that letter.
     */
    private long prepare(String base, String jdbc) throws Exception {
        bench.generateTree(jdbc);
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("insert into registration_journal (organisation_id, direction, name, number_template)"
                    + " values (" + TOMSK + ", 'INCOMING', 'Бенчмарк страниц', 'С-{seq}')");
            s.execute("""
                    insert into letter (organisation_id, direction, state, journal_id, registration_number,
                        registration_year, registration_sequence, registration_date, correspondent_name, subject,
                        created_by, created_at)
                    select %d, 'INCOMING', 'REGISTERED', (select max(id) from registration_journal), 'С-' || g, 2026, g,
                           date '2026-01-01' + (g %% 330), 'Корреспондент ' || (g %% 300),
                           'О ' || (array['мониторинге', 'олимпиаде', 'питании', 'аттестации', 'экзамене'])[1 + g %% 5]
                               || ' в образовательных организациях, письмо ' || g,
                           'bench', now()
                      from generate_series(1, %d) g""".formatted(TOMSK, INBOX));
            Bench.resolutions(s, "П-страниц", "Бенчмарк страниц", "Поручение для замера страниц ", TASKS);
            s.execute("""
                    insert into task (resolution_id, assignee_org_id)
                    select r.id, %d from resolution r where r.text like 'Поручение для замера страниц %%'""".formatted(IRKUTSK_CITY));
            s.execute("""
                    insert into task_checkpoint (task_id, position, due_on, state)
                    select t.id, 1, current_date - 30 + (t.id % 120)::int, 'OPEN'
                      from task t join resolution r on r.id = t.resolution_id
                     where r.text like 'Поручение для замера страниц %'""");
            s.execute("analyze");
        }
        long letter = Bench.json(Bench.post(base + "api/v1/letters", "minpros.clerk", """
                {"direction": "OUTGOING", "subject": "Бенчмарк страниц: рассылка всем школам", "register": true}""").body())
                .getJsonNumber("id").longValue();
        HttpResponse<String> accepted = Bench.post(base + "api/v1/letters/" + letter + "/deliveries", "minpros.clerk",
                "{\"descendantsOfKind\": \"SCHOOL\"}");
        String job = accepted.headers().firstValue("Location").orElseThrow();
        while (Bench.json(Bench.get(job, "minpros.clerk")).getString("state").equals("RUNNING")) {
            Thread.sleep(100);
        }
        bench.line(String.format(Locale.ROOT, "Data generated in %.0f s (not part of the figures).%n",
                (System.nanoTime() - started) / 1e9));
        return letter;
    }

    private static List<Long> tomskLetters(String jdbc) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from letter where organisation_id = " + TOMSK
                     + " and registration_number like 'С-%' order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}

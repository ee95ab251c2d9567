package org.letterflow.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Approval throughput: three-step sequential sheets (two approvals, then the signature that
 * registers the letter) decided through the API, the same sheets run as a BPMN process in an
 * embedded Flowable engine on the same PostgreSQL, and PostgreSQL's own commit rate, one after the
 * other in one run with the same number of clients. Each side first decides a few sheets that are
 * not counted, so that neither is measured cold.
 */
final class ApprovalBench {

    static final int SHEETS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SHEETS", "1000"));
    /** Clients deciding at once, one round each: a lone approver, and an office's morning. */
    static final int[] CLIENTS = {1, 8};
    private static final int WARM_UP = 50;
    /** Who decides each step: two approvers, then the head who signs. */
    static final String[] ROUTE = {"tatarstan.clerk", "tatarstan.deputy", "tatarstan.head"};

    /** A started sheet, decided by its approvers in turn (step 0, 1, then the signature 2). */
    interface Sheet {
        void decide(int step) throws Exception;
    }

    interface Starter<T> {
        T start(int index) throws Exception;
    }

    /** The decisions of a set of sheets: how long they took in all, and each one's latency. */
    record Run(double seconds, List<Double> latencies) {
        double stepsPerSecond() {
            return latencies.size() / seconds;
        }
    }

    private final Bench report;
    private final List<String> ratios = new ArrayList<>();

    ApprovalBench(Bench report) {
        this.report = report;
    }

    void run(String base, String jdbc, String flowableJdbc) throws Exception {
        report.line("## Approval: " + SHEETS + " three-step sequential sheets");
        report.line("");
        report.line("Each sheet: two approvals and the signature (which registers the letter in the outgoing journal)."
                + " The API's sheets are drafts of tatarstan.executor routed to tatarstan.clerk, tatarstan.deputy and"
                + " tatarstan.head; Flowable's are process instances of the same route (approval-sheet.bpmn20.xml) in"
                + " a database of their own in the same PostgreSQL. Each client takes the next sheet and decides its"
                + " three steps in turn.");
        report.line("");
        report.line("| clients | system | steps/s | decision p50 ms | decision p95 ms | sheets started/s |");
        report.line("|---|---|---|---|---|---|");
        Bench.accounts(jdbc);
        try (FlowableSheets flowable = FlowableSheets.on(flowableJdbc, CLIENTS[CLIENTS.length - 1] + 2)) {
            for (int clients : CLIENTS) {
                decideAll(clients, startThroughApi(base, clients, WARM_UP));
                long started = System.nanoTime();
                List<Sheet> sheets = startThroughApi(base, clients, SHEETS);
                double apiStarts = SHEETS / seconds(started);
                Run api = decideAll(clients, sheets);

                decideAll(clients, flowable.start(clients, WARM_UP));
                started = System.nanoTime();
                sheets = flowable.start(clients, SHEETS);
                double engineStarts = SHEETS / seconds(started);
                Run engine = decideAll(clients, sheets);

                // the floor under any API call: sign-in, the caller read, JSON; same users, same shape
                Run floor = decideAll(clients, Collections.nCopies(SHEETS, step -> Bench.get(base + "api/v1/me", ROUTE[step])));
                double commits = Bench.commitRate(jdbc, clients);
                row(clients, "Letterflow: POST /api/v1/approval-steps/{id}/decision (HTTP Basic, JSON)", api, apiStarts);
                row(clients, "Letterflow: GET /api/v1/me as the same approvers (the floor of any API call)", floor, Double.NaN);
                row(clients, "Flowable " + FlowableSheets.VERSION + " embedded: find the task, complete it (Java API, in"
                        + " process)", engine, engineStarts);
                report.line(String.format(Locale.ROOT, "| %d | PostgreSQL: single-row update commits (autocommit, JDBC)"
                        + " | %.0f | | | |", clients, commits));
                ratios.add(String.format(Locale.ROOT, "%d client%s: Letterflow decides %.2f× as many steps per second"
                        + " as Flowable; PostgreSQL commits %.1f× as often as Letterflow decides a step, and %.1f× as"
                        + " often as Letterflow answers GET /me.", clients, clients == 1 ? "" : "s",
                        api.stepsPerSecond() / engine.stepsPerSecond(), commits / api.stepsPerSecond(),
                        commits / floor.stepsPerSecond()));
            }
            long signed = flowable.signed();
            long expected = (long) CLIENTS.length * (SHEETS + WARM_UP);
            if (signed != expected) {
                throw new IllegalStateException("Flowable ended " + signed + " processes at the signature, not " + expected);
            }
        }
        report.line("");
        ratios.forEach(report::line);
        report.line("");
        report.line("Targets: ahead of Flowable, and within 3× of PostgreSQL's own commit rate per step.");
        report.line("");
    }

    private void row(int clients, String system, Run run, double startsPerSecond) {
        report.line(String.format(Locale.ROOT, "| %d | %s | %.0f | %.1f | %.1f | %s |", clients, system, run.stepsPerSecond(),
                Bench.percentile(run.latencies(), 50), Bench.percentile(run.latencies(), 95),
                Double.isNaN(startsPerSecond) ? "" : String.format(Locale.ROOT, "%.0f", startsPerSecond)));
    }

    /** Drafts of tatarstan.executor, each sent round the route; the steps' ids come back with the sheet. */
    private static List<Sheet> startThroughApi(String base, int clients, int count) throws Exception {
        return inParallel(clients, count, i -> {
            HttpResponse<String> draft = Bench.post(base + "api/v1/letters", "tatarstan.executor", """
                    {"direction": "OUTGOING", "subject": "Замер согласования %d", "addressees": "Руководителям"}""".formatted(i));
            long letter = Bench.json(expect(201, draft)).getJsonNumber("id").longValue();
            HttpResponse<String> sheet = Bench.post(base + "api/v1/letters/" + letter + "/approval-sheet", "tatarstan.executor",
                    """
                    {"kind": "SEQUENTIAL", "steps": [{"approver": "%s"}, {"approver": "%s"}, {"approver": "%s"}]}"""
                            .formatted((Object[]) ROUTE));
            var steps = Bench.json(expect(201, sheet)).getJsonArray("steps");
            long[] ids = new long[steps.size()];
            for (int s = 0; s < ids.length; s++) {
                ids[s] = steps.getJsonObject(s).getJsonNumber("id").longValue();
            }
            return (Sheet) step -> {
                boolean signature = step == ids.length - 1;
                HttpResponse<String> decided = Bench.post(base + "api/v1/approval-steps/" + ids[step] + "/decision",
                        ROUTE[step], "{\"result\": \"" + (signature ? "SIGNED" : "APPROVED") + "\"}");
                String state = Bench.json(expect(200, decided)).getString("state");
                if (!state.equals(signature ? "SIGNED" : "IN_PROGRESS")) {
                    throw new IllegalStateException("Sheet in state " + state + " after step " + (step + 1));
                }
            };
        });
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Every sheet decided step by step by the clients, each taking the next undecided sheet. */
    private static Run decideAll(int clients, List<Sheet> sheets) throws Exception {
        Queue<Sheet> waiting = new ConcurrentLinkedQueue<>(sheets);
        Queue<Double> latencies = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        inParallel(clients, clients, client -> {
            Sheet sheet;
            while ((sheet = waiting.poll()) != null) {
                for (int step = 0; step < ROUTE.length; step++) {
                    Sheet deciding = sheet;
                    int current = step;
                    latencies.add(Bench.timed(() -> {
                        deciding.decide(current);
                        return null;
                    }));
                }
            }
            return null;
        });
        return new Run(seconds(started), new ArrayList<>(latencies));
    }

    /** count results made by as many threads as clients, in the order of their index. */
    static <T> List<T> inParallel(int clients, int count, Starter<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> work.start(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

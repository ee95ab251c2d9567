package org.letterflow.security;

import org.letterflow.it.Sendings;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/**
 * Every API operation with an id, generated from the OpenAPI document, tried by those who must not
 * reach the record: a user of each role in another organisation (404: the record does not exist
 * for them; 403 where the operation needs a role they lack), users of the same organisation
 * without the right (403), and users of the same organisation who are not readers of a restricted
 * letter (404). Records are made through the API; the number of cells is printed.
 */
class AccessMatrixIT extends DeployedApplication {

    /** The roles an operation needs at all (its boundary's {@code @RolesAllowed}); absent: any signed-in user. */
    private static final Map<String, Set<String>> ROLES = Map.ofEntries(
            entry("DELETE allowed-correspondents/{organisation}/{correspondent}", Set.of("ADMIN")),
            entry("GET allowed-correspondents/{organisation}", Set.of("ADMIN")),
            entry("PUT allowed-correspondents/{organisation}/{correspondent}", Set.of("ADMIN")),
            entry("DELETE deputies/{id}", Set.of("EXECUTIVE")),
            entry("DELETE distribution-lists/{id}", Set.of("CLERK")),
            entry("POST deliveries/{id}/registration", Set.of("CLERK")),
            entry("POST deliveries/{id}/return", Set.of("CLERK")),
            entry("POST journals/{id}/withheld-numbers", Set.of("ADMIN")),
            entry("GET journals/{id}/imports", Set.of("ADMIN")),
            entry("POST journals/{id}/imports", Set.of("ADMIN")),
            entry("GET journals/{id}/imports/{import}", Set.of("ADMIN")),
            entry("POST journals/{id}/imports/{import}/preview", Set.of("ADMIN")),
            entry("POST journals/{id}/imports/{import}/start", Set.of("ADMIN")),
            entry("POST letters/{id}/attachments", Set.of("CLERK", "EXECUTOR")),
            entry("POST letters/{id}/deliveries", Set.of("CLERK")),
            entry("POST letters/{id}/registration", Set.of("CLERK")),
            entry("POST letters/{id}/reissue", Set.of("CLERK", "EXECUTOR")),
            entry("POST letters/{id}/resolutions", Set.of("EXECUTIVE")),
            entry("POST letters/{id}/sending", Set.of("CLERK")),
            entry("PUT letters/{id}", Set.of("CLERK", "EXECUTOR")),
            entry("PUT organisations/{id}", Set.of("ADMIN")),
            entry("GET users/{id}", Set.of("ADMIN")),
            entry("PUT users/{id}", Set.of("ADMIN")));

    /** Path parameters that are not record ids. */
    private static final Set<String> NOT_IDS = Set.of("token");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String FUTURE = LocalDate.now().plusDays(30).toString();

    private record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }

        String collection() {
            return path.substring(0, path.indexOf('/'));
        }
    }

    private record Caller(String login, String password, Set<String> roles) {
    }

    private record Cell(Caller caller, Operation operation, String concretePath, int expected, String why) {
    }

    @Test
    void nobodyReachesARecordTheyMayNotSee() {
        List<Operation> operations = operationsWithIds();
        assertTrue(operations.size() >= 40, "the OpenAPI document lists the operations: " + operations);
        Set<String> unknown = new TreeSet<>(ROLES.keySet());
        operations.forEach(o -> unknown.remove(o.key()));
        assertTrue(unknown.isEmpty(), "the role table names operations the API no longer has: " + unknown);

        Fixture f = new Fixture();
        List<Cell> cells = new ArrayList<>();
        List<Caller> strangers = List.of(
                new Caller("irkutsk.clerk", "demo", Set.of("CLERK")),
                new Caller("irkutsk.head", "demo", Set.of("EXECUTIVE")),
                new Caller("tatarstan.executor", "demo", Set.of("EXECUTOR")),
                new Caller("irkutsk.city.clerk", "demo", Set.of("CLERK")));
        for (Operation o : operations) {
            for (Caller stranger : strangers) {
                cells.add(cell(stranger, o, f.records, "another organisation's record"));
            }
        }
        List<Caller> colleagues = List.of(
                new Caller("tomsk.clerk", "demo", Set.of("CLERK")),
                new Caller("tomsk.head", "demo", Set.of("EXECUTIVE")),
                new Caller("tomsk.executor", "demo", Set.of("EXECUTOR")));
        for (Operation o : operations) {
            Set<String> needed = ROLES.get(o.key());
            for (Caller colleague : colleagues) {
                if (needed != null && colleague.roles().stream().noneMatch(needed::contains)) {
                    cells.add(new Cell(colleague, o, concrete(o, f.records), 403, "same organisation, without the role"));
                }
            }
        }
        List<Caller> nonReaders = List.of(
                new Caller("tomsk.head", "demo", Set.of("EXECUTIVE")),
                new Caller("tomsk.executor", "demo", Set.of("EXECUTOR")),
                new Caller(f.secondClerk, SecurityApiIT.PASSWORD, Set.of("CLERK")));
        for (Operation o : operations) {
            if (o.collection().equals("letters") || o.collection().equals("deliveries")) {
                for (Caller nonReader : nonReaders) {
                    cells.add(cell(nonReader, o, f.restricted, "not a reader of the restricted letter"));
                }
            }
        }
        Caller clerk = colleagues.get(0);
        Caller head = colleagues.get(1);
        Caller executor = colleagues.get(2);
        cells.add(new Cell(clerk, op("DELETE", "tokens/{id}"), concrete(op("DELETE", "tokens/{id}"), f.records), 404,
                "another user's token"));
        cells.add(new Cell(head, op("GET", "extractions/{id}"), concrete(op("GET", "extractions/{id}"), f.records), 404,
                "another user's extraction"));
        cells.add(new Cell(clerk, op("POST", "approval-steps/{id}/decision"),
                concrete(op("POST", "approval-steps/{id}/decision"), f.records), 403, "another approver's step"));
        for (String action : List.of("tasks/{id}", "tasks/{id}/report", "tasks/{id}/subtasks", "tasks/{id}/files",
                "tasks/{id}/acceptance")) {
            Operation o = op(action.equals("tasks/{id}") || action.endsWith("files") ? "GET" : "POST", action);
            cells.add(new Cell(clerk, o, concrete(o, f.records), 404, "a task neither assigned to nor controlled by them"));
        }
        cells.add(new Cell(head, op("POST", "tasks/{id}/report"), concrete(op("POST", "tasks/{id}/report"), f.records),
                403, "the controller does not report"));
        cells.add(new Cell(executor, op("POST", "tasks/{id}/acceptance"),
                concrete(op("POST", "tasks/{id}/acceptance"), f.records), 403, "the assignee does not accept"));

        List<String> wrong = new ArrayList<>();
        for (Cell c : cells) {
            Api.Reply reply = call(c, f);
            if (reply.status() != c.expected()) {
                wrong.add(c.caller().login() + " " + c.operation().method() + " " + c.concretePath() + " (" + c.why()
                        + "): expected " + c.expected() + ", got " + reply.status() + " " + abbreviated(reply.body()));
            } else if (!reply.contentType().startsWith("application/problem+json")) {
                wrong.add(c.caller().login() + " " + c.operation().method() + " " + c.concretePath()
                        + ": not a problem+json answer: " + reply.contentType());
            }
        }
        System.out.println("Access matrix: " + cells.size() + " cells over " + operations.size()
                + " operations with an id, " + (cells.size() - wrong.size()) + " as expected");
        assertEquals(List.of(), wrong, wrong.size() + " of " + cells.size() + " cells answered otherwise");
    }

    private static Operation op(String method, String path) {
        return new Operation(method, path);
    }

    private static Cell cell(Caller caller, Operation o, Map<String, String> records, String why) {
        Set<String> needed = ROLES.get(o.key());
        boolean lacksRole = needed != null && caller.roles().stream().noneMatch(needed::contains);
        return new Cell(caller, o, concrete(o, records), lacksRole ? 403 : 404, lacksRole ? why + ", without the role" : why);
    }

    /** The operation's path with each parameter replaced by the fixture's record for it ("letters.attachment"). */
    private static String concrete(Operation o, Map<String, String> records) {
        Matcher m = PARAMETER.matcher(o.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String key = o.collection() + "." + m.group(1);
            String id = records.get(key);
            if (id == null) {
                throw new AssertionError("the fixture has no record for " + key + " (" + o.key() + ")");
            }
            m.appendReplacement(path, id);
        }
        m.appendTail(path);
        return "api/v1/" + path;
    }

    /** Every operation of the API with a record id in its path, as the OpenAPI document lists them. */
    private List<Operation> operationsWithIds() {
        Api.Reply document = Http.send(base, "GET", "openapi", null, "Accept", "application/json");
        assertEquals(200, document.status(), "GET /openapi");
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(document.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<Operation> operations = new ArrayList<>();
        for (var path : paths.entrySet()) {
            // the document names paths with the application's /api/v1 or below it, depending on its servers entry
            String p = path.getKey().replaceFirst("^.*?/api/v1/", "").replaceFirst("^/", "");
            Matcher m = PARAMETER.matcher(p);
            boolean ids = false;
            while (m.find()) {
                ids |= !NOT_IDS.contains(m.group(1));
            }
            if (!ids) {
                continue;
            }
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(new Operation(method.toUpperCase(), p));
                }
            }
        }
        return operations;
    }

    private Api.Reply call(Cell c, Fixture f) {
        Api api = Api.as(base, c.caller().login(), c.caller().password());
        String path = c.concretePath();
        String method = c.operation().method();
        String template = c.operation().path();
        if (template.endsWith("/imports") && method.equals("POST")) {
            return api.upload(path, "журнал.csv", "Номер;Дата;Содержание\n1;01.02.2025;Проверка доступа\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (template.endsWith("/attachments") || template.endsWith("/files") && method.equals("POST")) {
            return api.upload(path, "проверка.txt", "проверка доступа".getBytes(StandardCharsets.UTF_8));
        }
        if (method.equals("GET")) {
            // any type: a PDF or CSV asked for as JSON is refused (406) before its record is looked up
            return Http.send(base, "GET", path, null, "Accept", "*/*",
                    "Authorization", Http.basic(c.caller().login(), c.caller().password()));
        }
        if (method.equals("DELETE")) {
            return api.delete(path);
        }
        if (method.equals("PUT")) {
            return api.put(path, body(template, f), "\"0\"");
        }
        return api.post(path, body(template, f));
    }

    /** A body the operation would accept from someone entitled: what is refused is the caller, not the form. */
    private static String body(String template, Fixture f) {
        String tail = template.substring(template.lastIndexOf('/') + 1);
        return switch (template.substring(0, template.indexOf('/')) + "/" + tail) {
            case "approval-steps/decision" -> "{\"result\": \"APPROVED\"}";
            case "deliveries/return" -> "{\"reason\": \"Проверка доступа\"}";
            case "journals/withheld-numbers" -> "{\"reserve\": true, \"reason\": \"Проверка доступа\"}";
            case "journals/preview", "journals/start" -> "{\"columns\": {\"NUMBER\": 0, \"DATE\": 1, \"SUBJECT\": 2}}";
            case "letters/approval-sheet" -> "{\"kind\": \"SEQUENTIAL\", \"steps\": [{\"approver\": \"tomsk.head\"}]}";
            case "letters/deliveries" -> "{\"subordinates\": true}";
            case "letters/resolutions" -> "{\"text\": \"Проверка доступа\", \"users\": [\"tomsk.executor\"], \"dueDates\": [\""
                    + FUTURE + "\"]}";
            case "letters/{id}" -> "{\"direction\": \"OUTGOING\", \"subject\": \"Проверка доступа\"}";
            case "organisations/{id}" -> "{\"parentId\": 1, \"kind\": \"REGIONAL_AUTHORITY\", \"fullName\": \"Проверка\","
                    + " \"shortName\": \"Проверка\", \"timeZone\": \"Asia/Tomsk\"}";
            case "users/{id}" -> "{\"organisationId\": " + f.records.get("organisations.id") + ", \"login\": \"tomsk.executor\","
                    + " \"fullName\": \"Проверка\", \"shortName\": \"Проверка\", \"roles\": [\"EXECUTOR\"], \"active\": true}";
            case "tasks/report", "tasks/return" -> "{\"text\": \"Проверка доступа\"}";
            case "tasks/subtasks" -> "{\"text\": \"Проверка доступа\", \"users\": [\"tomsk.executor\"]}";
            case "tasks/extension" -> "{\"checkpoint\": " + f.records.get("tasks.checkpoint") + ", \"dueOn\": \"" + FUTURE
                    + "\", \"reason\": \"Проверка доступа\"}";
            default -> "{}";
        };
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    /** The records tried: Tomsk's ordinary ones, and a restricted letter and delivery nobody else was named on. */
    private final class Fixture {
        final Map<String, String> records = new HashMap<>();
        final Map<String, String> restricted = new HashMap<>();

        void put(Map<String, String> into, String key, long id) {
            into.put(key, String.valueOf(id));
        }
        final String secondClerk = "tomsk.clerk.matrix";

        Fixture() {
            Api clerk = Api.as(base, "tomsk.clerk", "demo");
            Api head = Api.as(base, "tomsk.head", "demo");
            Api executor = Api.as(base, "tomsk.executor", "demo");
            Api admin = Api.as(base, "admin", "demo");
            long tomsk = SecurityApiIT.organisationOf(clerk);
            put(records, "organisations.id", tomsk);
            put(records, "users.id", executor.get("api/v1/me").json().getJsonNumber("id").longValue());
            put(records, "allowed-correspondents.organisation", tomsk);
            put(records, "allowed-correspondents.correspondent",
                    SecurityApiIT.organisationOf(Api.as(base, "irkutsk.clerk", "demo")));
            long cityDepartment = clerk.get("api/v1/organisations?parent=" + tomsk).array().stream()
                    .map(JsonValue::asJsonObject).filter(o -> !o.getString("kind").equals("SCHOOL")).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue();

            long letter = created(clerk.post("api/v1/letters", """
                    {"direction": "OUTGOING", "subject": "Матрица доступа: письмо", "register": true,
                     "addressees": "Департамент образования г. Томска"}"""));
            put(records, "letters.id", letter);
            put(records, "letters.attachment", created(clerk.upload("api/v1/letters/" + letter + "/attachments",
                    "матрица.txt", "Матрица доступа".getBytes(StandardCharsets.UTF_8))));
            Api.Reply sent = clerk.post("api/v1/letters/" + letter + "/deliveries", "{\"recipients\": [" + cityDepartment + "]}");
            assertEquals(202, sent.status(), sent.body());
            put(records, "jobs.id", lastSegment(sent));
            put(records, "journals.id", clerk.get("api/v1/journals").array().getJsonObject(0).getJsonNumber("id").longValue());
            // an import of the ministry's journal by its administrator: nobody of Tomsk is an administrator
            long ministryJournal = admin.get("api/v1/journals").array().getJsonObject(0).getJsonNumber("id").longValue();
            put(records, "journals.import", created(admin.upload("api/v1/journals/" + ministryJournal + "/imports",
                    "журнал.csv", "Номер;Дата;Содержание\n1;01.02.2025;Матрица доступа\n".getBytes(StandardCharsets.UTF_8))));

            long[] open = openDelivery(tomsk, clerk);
            put(records, "deliveries.id", open[0]);
            put(records, "deliveries.attachment", open[1]);

            long draft = created(executor.post("api/v1/letters", """
                    {"direction": "OUTGOING", "subject": "Матрица доступа: проект", "addressees": "Школам"}"""));
            Api.Reply sheet = executor.post("api/v1/letters/" + draft + "/approval-sheet",
                    "{\"kind\": \"SEQUENTIAL\", \"steps\": [{\"approver\": \"tomsk.head\"}]}");
            assertEquals(201, sheet.status(), sheet.body());
            put(records, "approval-steps.id", sheet.json().getJsonArray("steps").getJsonObject(0).getJsonNumber("id").longValue());

            Api.Reply resolved = head.post("api/v1/letters/" + letter + "/resolutions", "{\"text\": \"Матрица доступа\","
                    + " \"users\": [\"tomsk.executor\"], \"dueDates\": [\"" + FUTURE + "\"]}");
            assertEquals(201, resolved.status(), resolved.body());
            long task = resolved.array().getJsonObject(0).getJsonNumber("id").longValue();
            put(records, "tasks.id", task);
            long checkpoint = executor.get("api/v1/tasks/" + task).json().getJsonArray("checkpoints").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            put(records, "tasks.checkpoint", checkpoint);
            put(records, "tasks.file", created(executor.upload("api/v1/tasks/" + task + "/checkpoints/" + checkpoint + "/files",
                    "отчёт.txt", "Отчёт".getBytes(StandardCharsets.UTF_8))));

            put(records, "distribution-lists.id", created(clerk.post("api/v1/distribution-lists",
                    "{\"name\": \"Матрица доступа\", \"members\": [" + cityDepartment + "]}")));
            put(records, "route-templates.id", created(executor.post("api/v1/route-templates",
                    "{\"name\": \"Матрица доступа\", \"kind\": \"SEQUENTIAL\", \"approvers\": [\"tomsk.head\"]}")));
            SecurityApiIT.newUser(base, tomsk, "tomsk.deputy.matrix", "EXECUTIVE");
            put(records, "deputies.id", created(head.post("api/v1/deputies", "{\"deputy\": \"tomsk.deputy.matrix\", \"from\": \""
                    + LocalDate.now() + "\", \"to\": \"" + FUTURE + "\"}")));
            put(records, "tokens.id", created(executor.post("api/v1/tokens", "{\"name\": \"Матрица доступа\"}")));
            Api.Reply extraction = clerk.upload("api/v1/extractions?async=true", "письмо.txt",
                    "Исх. № 1 от 01.02.2026. О матрице доступа".getBytes(StandardCharsets.UTF_8));
            assertEquals(202, extraction.status(), extraction.body());
            String job = extraction.header("Location").orElseThrow();
            records.put("extractions.id", job.substring(job.lastIndexOf('/') + 1));

            long restrictedLetter = created(clerk.post("api/v1/letters", """
                    {"direction": "OUTGOING", "subject": "Матрица доступа: ДСП", "register": true, "restricted": true,
                     "addressees": "Департамент образования г. Томска"}"""));
            put(restricted, "letters.id", restrictedLetter);
            put(restricted, "letters.attachment", created(clerk.upload("api/v1/letters/" + restrictedLetter + "/attachments",
                    "дсп.txt", "ДСП".getBytes(StandardCharsets.UTF_8))));
            SecurityApiIT.newUser(base, tomsk, secondClerk, "CLERK");
            long[] dsp = SecurityApiIT.restrictedDelivery(base, tomsk, clerk, "Матрица доступа: ДСП по рассылке");
            assertEquals(201, clerk.post("api/v1/deliveries/" + dsp[1] + "/registration", "{}").status());
            put(restricted, "deliveries.id", dsp[1]);
            put(restricted, "deliveries.attachment", dsp[2]);
            assertEquals(200, admin.get("api/v1/me").status());
        }

        /** An open letter of the ministry delivered to the organisation. */
        private long[] openDelivery(long recipient, Api recipientClerk) {
            Api ministry = Api.as(base, "minpros.clerk", "demo");
            long letter = created(ministry.post("api/v1/letters", """
                    {"direction": "OUTGOING", "subject": "Матрица доступа: рассылка", "register": true,
                     "addressees": "Руководителям"}"""));
            created(ministry.upload("api/v1/letters/" + letter + "/attachments", "рассылка.txt",
                    "Рассылка".getBytes(StandardCharsets.UTF_8)));
            assertEquals("DONE", Sendings.send(ministry, letter, "{\"recipients\": [" + recipient + "]}")
                    .getString("state"), "the sending job finished");
            long delivery = Sendings.deliveryOf(recipientClerk, letter);
            long attachment = recipientClerk.get("api/v1/deliveries/" + delivery).json().getJsonObject("letter")
                    .getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
            return new long[] {delivery, attachment};
        }
    }

    private static long lastSegment(Api.Reply reply) {
        String location = reply.header("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}

package org.letterflow.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;

/**
 * The discipline report read from the roll-ups (whole months) and edge days gives the numbers of
 * counting every due date, which this test keeps as its reference query (the report's query before
 * the roll-ups, with today bound as an instant). Over its own subtree of organisations in zones from
 * UTC−11 to UTC+14, persons and organisations, due dates around each zone's today, reports just
 * before and just at the end of the due day, and then returned, extended, reported, a person moved
 * and a time zone changed after the roll-ups were written; and over the whole tree, which holds what
 * the other tests made through the API. The report by subordinates sums each subordinate's subtree
 * as counting every due date of it does, also after an organisation was moved, a task given to
 * someone else and a task removed.
 */
class DisciplineRollupIT extends DeployedApplication {

    private static final String[] ZONES = {"Europe/Moscow", "Pacific/Kiritimati", "Pacific/Pago_Pago",
            "Asia/Kamchatka", "Europe/Kaliningrad", "America/New_York"};

    /** The report's query before the roll-ups: every due date of the subtree counted, today bound. */
    private static final String REFERENCE = """
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
            select h.id, u.id, count(*),
                   count(*) filter (where c.state <> 'OPEN'
                       and c.reported_at < cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                   count(*) filter (where c.state <> 'OPEN'
                       and c.reported_at >= cast(c.due_on + 1 as timestamp) at time zone h.time_zone),
                   count(*) filter (where c.state = 'OPEN'
                       and c.due_on < cast(cast(? as timestamptz) at time zone h.time_zone as date)),
                   count(*) filter (where c.state = 'OPEN'
                       and c.due_on >= cast(cast(? as timestamptz) at time zone h.time_zone as date))
              from assigned a
              join task_checkpoint c on c.task_id = a.task
              join organisation h on h.id = a.organisation
              left join app_user u on u.id = a.person
             where c.due_on between ? and ?
             group by grouping sets ((h.id, h.short_name), (h.id, h.short_name, u.id, u.short_name))
            having grouping(u.id) = 1 or u.id is not null
             order by h.short_name, u.short_name nulls first""";

    @Test
    void rollUpsGiveTheNumbersOfCountingEveryDueDate() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        long root = subtree(mark);
        Api ministry = Api.as(base, "minpros.head", "demo");
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));

        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[] {today.minusDays(75), today.plusDays(75)});
        periods.add(new LocalDate[] {today.minusDays(45).withDayOfMonth(1), today.plusDays(40).withDayOfMonth(1).minusDays(1)});
        periods.add(new LocalDate[] {today.minusDays(60).withDayOfMonth(3), today.minusDays(10)});
        periods.add(new LocalDate[] {today.minusDays(1), today.plusDays(1)});
        periods.add(new LocalDate[] {today, today});
        periods.add(new LocalDate[] {today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())});
        periods.add(new LocalDate[] {today.withDayOfMonth(2), today.withDayOfMonth(today.lengthOfMonth() - 1)});
        periods.add(new LocalDate[] {today.minusDays(20), today.plusDays(3)});
        periods.add(new LocalDate[] {today.minusDays(30).withDayOfMonth(28), today.plusDays(40).withDayOfMonth(27)});
        periods.add(new LocalDate[] {LocalDate.of(today.getYear(), 12, 20), LocalDate.of(today.getYear() + 1, 1, 10)});

        assertTrue(reference(root, today.minusDays(75), today.plusDays(75), Instant.now()).size() >= ZONES.length + 4,
                "every organisation and person of the subtree has due dates");
        long child = Database.number("select min(id) from organisation where parent_id = " + root);
        for (LocalDate[] period : periods) {
            assertSameAsCountingEveryDueDate(ministry, root, period[0], period[1]);
            assertSameAsCountingEveryDueDate(ministry, child, period[0], period[1]);
            assertSubordinatesSumTheirSubtrees(ministry, root, period[0], period[1]);
        }
        assertSameAsCountingEveryDueDate(ministry, 1, today.minusDays(400), today.plusDays(400));
        assertSubordinatesSumTheirSubtrees(ministry, 1, today.minusDays(400), today.plusDays(400));

        // what changes due dates after they were counted: return, extension past a month's end, a
        // report, a person moved to another organisation, an organisation's time zone
        Database.execute("update task_checkpoint c set state = 'OPEN', returned_comment = 'Не полностью'"
                + " from task t join resolution r on r.id = t.resolution_id where t.id = c.task_id"
                + " and r.text like '" + mark + "%' and c.state = 'REPORTED' and c.position % 4 = 1");
        Database.execute("update task_checkpoint c set due_on = c.due_on + 17"
                + " from task t join resolution r on r.id = t.resolution_id where t.id = c.task_id"
                + " and r.text like '" + mark + "%' and c.state = 'OPEN' and c.position % 3 = 1");
        Database.execute("update task_checkpoint c set state = 'REPORTED', report = 'Отчёт', reported_by = 'it',"
                + " reported_at = cast(c.due_on as timestamp) + interval '23 hours 59 minutes'"
                + " from task t join resolution r on r.id = t.resolution_id where t.id = c.task_id"
                + " and r.text like '" + mark + "%' and c.state = 'OPEN' and c.position % 5 = 2");
        Database.execute("update app_user set organisation_id = (select max(id) from organisation where parent_id = " + root
                + ") where login = 'rollup." + mark + ".1'");
        Database.execute("update organisation set time_zone = 'Asia/Vladivostok' where id = " + child);
        // and what moves due dates between subtrees: the school put under another organisation, a task
        // given from an organisation to a person elsewhere, a task removed with its due dates
        Database.execute("update organisation set parent_id = (select max(id) from organisation where parent_id = " + root
                + ") where full_name = 'Свод " + mark + " школа'");
        Database.execute("update task set assignee_org_id = null, assignee_user_id = (select id from app_user where login = 'rollup."
                + mark + ".2') where id = (select min(id) from task where assignee_org_id = " + child + ")");
        Database.execute("delete from task where id = (select max(id) from task where assignee_org_id = " + child + ")");
        for (LocalDate[] period : periods) {
            assertSameAsCountingEveryDueDate(ministry, root, period[0], period[1]);
            assertSubordinatesSumTheirSubtrees(ministry, root, period[0], period[1]);
        }
        assertSameAsCountingEveryDueDate(ministry, 1, today.minusDays(400), today.plusDays(400));
        assertSubordinatesSumTheirSubtrees(ministry, 1, today.minusDays(400), today.plusDays(400));

        assertKeptIsWhatCountingAgainGives("task_discipline", "task_discipline_recount(array(select id from organisation))");
        assertKeptIsWhatCountingAgainGives("task_discipline_subtree",
                "task_discipline_subtree_recount(array(select id from organisation where parent_id is not null))");
    }

    /**
     * A subtree of its own under the ministry: a root, one organisation per zone, a school below the
     * first; two persons in two of them; tasks for the organisations and the persons with due dates
     * from 70 days before to 70 after today, open, reported and accepted, some reported in the
     * last second of the due day in their zone and some at its very end.
     */
    private static long subtree(String mark) {
        Database.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone)"
                + " values (1, 'REGIONAL_AUTHORITY', 'Свод " + mark + "', 'Свод " + mark + "', 'Europe/Moscow')");
        long root = Database.number("select id from organisation where full_name = 'Свод " + mark + "'");
        for (int i = 0; i < ZONES.length; i++) {
            Database.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone) values (" + root
                    + ", 'MUNICIPAL_AUTHORITY', 'Свод " + mark + " " + i + "', 'Свод " + mark + " " + i + "', '"
                    + ZONES[i] + "')");
        }
        Database.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone)"
                + " select min(id), 'SCHOOL', 'Свод " + mark + " школа', 'Свод " + mark + " школа', 'Asia/Irkutsk'"
                + " from organisation where parent_id = " + root);
        for (int i = 1; i <= 2; i++) {
            Database.execute("insert into app_user (organisation_id, login, password_hash, full_name, short_name)"
                    + " select id, 'rollup." + mark + "." + i + "', 'x', 'Исполнитель " + i + "', 'Исп. " + i + " " + mark + "'"
                    + " from organisation where full_name = 'Свод " + mark + " " + i + "'");
        }
        Database.execute("""
                insert into letter (organisation_id, direction, state, registration_number, registration_year,
                                    registration_sequence, registration_date, subject, created_by, created_at)
                values (1, 'INCOMING', 'REGISTERED', '%1$s', 2026, 1, current_date, 'Свод %1$s', 'it', now())""".formatted(mark));
        Database.execute("""
                insert into resolution (letter_id, organisation_id, author_id, text, on_control, created_at)
                select id, 1, 2, '%1$s поручение', true, now() from letter where registration_number = '%1$s'""".formatted(mark));
        String organisations = "select id from organisation where full_name like 'Свод " + mark + "%'";
        // four tasks per organisation of the subtree and per person
        Database.execute("insert into task (resolution_id, assignee_org_id)"
                + " select r.id, o.id from resolution r, (" + organisations + ") o, generate_series(1, 4)"
                + " where r.text = '" + mark + " поручение'");
        Database.execute("insert into task (resolution_id, assignee_user_id)"
                + " select r.id, u.id from resolution r, app_user u, generate_series(1, 4)"
                + " where r.text = '" + mark + " поручение' and u.login like 'rollup." + mark + ".%'");
        // twelve due dates per task, one every 12 days around today, states and reports by the checkpoint's number
        Database.execute("""
                insert into task_checkpoint (task_id, position, due_on, state, report, reported_by, reported_at)
                select t.id, p, d.due_on, s.state, case when s.state <> 'OPEN' then 'Отчёт' end,
                       case when s.state <> 'OPEN' then 'it' end,
                       case when s.state = 'OPEN' then null
                            when (t.id + p) %% 4 = 0 then cast(d.due_on + 1 as timestamp) at time zone h.time_zone - interval '1 second'
                            when (t.id + p) %% 4 = 1 then cast(d.due_on + 1 as timestamp) at time zone h.time_zone
                            when (t.id + p) %% 4 = 2 then cast(d.due_on as timestamp) at time zone h.time_zone - interval '3 days'
                            else cast(d.due_on as timestamp) at time zone h.time_zone + interval '5 days' end
                  from task t join resolution r on r.id = t.resolution_id
                  left join app_user u on u.id = t.assignee_user_id
                  join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id),
                       generate_series(1, 12) p,
                       lateral (select cast(now() at time zone h.time_zone as date) - 70 + p * 12 - 6 + cast(t.id %% 13 as int) as due_on) d,
                       lateral (select case (t.id * 7 + p) %% 3 when 0 then 'OPEN' when 1 then 'REPORTED' else 'DONE' end as state) s
                 where r.text = '%s поручение'""".formatted(mark));
        // and each zone's yesterday, today and tomorrow, open
        Database.execute("""
                insert into task_checkpoint (task_id, position, due_on, state)
                select t.id, 12 + k, cast(now() at time zone h.time_zone as date) + k - 2, 'OPEN'
                  from task t join resolution r on r.id = t.resolution_id
                  left join app_user u on u.id = t.assignee_user_id
                  join organisation h on h.id = coalesce(u.organisation_id, t.assignee_org_id),
                       generate_series(1, 3) k
                 where r.text = '%s поручение'""".formatted(mark));
        return root;
    }

    private static void assertSameAsCountingEveryDueDate(Api caller, long root, LocalDate from, LocalDate to)
            throws SQLException {
        // a zone's day may turn between the report and the reference: then the numbers of one of
        // the two instants around the report are the right ones
        Instant before = Instant.now();
        Api.Reply reply = caller.get("api/v1/reports/discipline?from=" + from + "&to=" + to + "&org=" + root
                + "&by=ORGANISATIONS");
        Instant after = Instant.now();
        assertEquals(200, reply.status(), reply.body());
        // lines in any order: organisations' short names need not differ across the whole tree
        List<String> report = reply.array().stream().map(JsonValue::asJsonObject).map(DisciplineRollupIT::line)
                .sorted().toList();
        List<String> counted = reference(root, from, to, before);
        if (!report.equals(counted)) {
            counted = reference(root, from, to, after);
        }
        assertEquals(counted, report, "the discipline report of " + root + " for " + from + " – " + to);
    }

    /**
     * The report by subordinates: the lines of {@code root} itself and its people as counting every
     * due date gives them, and a line per organisation directly below, the sum of the organisation
     * lines of its subtree as counting every due date gives them.
     */
    private static void assertSubordinatesSumTheirSubtrees(Api caller, long root, LocalDate from, LocalDate to)
            throws SQLException {
        Instant before = Instant.now();
        Api.Reply reply = caller.get("api/v1/reports/discipline?from=" + from + "&to=" + to + "&org=" + root
                + "&by=SUBORDINATES");
        Instant after = Instant.now();
        assertEquals(200, reply.status(), reply.body());
        List<String> report = reply.array().stream().map(JsonValue::asJsonObject).map(DisciplineRollupIT::line)
                .sorted().toList();
        List<String> counted = subordinatesReference(root, from, to, before);
        if (!report.equals(counted)) {
            counted = subordinatesReference(root, from, to, after);
        }
        assertEquals(counted, report, "the discipline report by subordinates of " + root + " for " + from + " – " + to);
    }

    private static List<String> subordinatesReference(long root, LocalDate from, LocalDate to, Instant now)
            throws SQLException {
        List<String> lines = new ArrayList<>(reference(root, from, to, now).stream()
                .filter(line -> line.startsWith(root + "/")).toList());
        List<Long> subordinates = new ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select id from organisation where parent_id = " + root)) {
            while (rows.next()) {
                subordinates.add(rows.getLong(1));
            }
        }
        for (long subordinate : subordinates) {
            long[] sum = new long[5];
            for (String line : reference(subordinate, from, to, now)) {
                String[] parts = line.split(" ");
                if (parts[0].endsWith("/-")) {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += Long.parseLong(parts[i + 1]);
                    }
                }
            }
            if (sum[0] > 0) {
                lines.add(subordinate + "/+ " + sum[0] + " " + sum[1] + " " + sum[2] + " " + sum[3] + " " + sum[4]);
            }
        }
        return lines.stream().sorted().toList();
    }

    /** A line as the reference query writes it; "/+" for a subordinate's line that sums its subtree. */
    private static String line(JsonObject row) {
        return row.getJsonNumber("organisationId").longValue() + "/"
                + (row.getBoolean("withSubordinates") ? "+"
                : !row.containsKey("personId") || row.isNull("personId") ? "-" : row.getJsonNumber("personId").longValue())
                + " " + row.getJsonNumber("total").longValue() + " " + row.getJsonNumber("onTime").longValue()
                + " " + row.getJsonNumber("late").longValue() + " " + row.getJsonNumber("overdue").longValue()
                + " " + row.getJsonNumber("open").longValue();
    }

    private static List<String> reference(long root, LocalDate from, LocalDate to, Instant now) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(REFERENCE)) {
            s.setLong(1, root);
            s.setString(2, now.toString());
            s.setString(3, now.toString());
            s.setObject(4, from);
            s.setObject(5, to);
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getLong(1) + "/" + (rows.getObject(2) == null ? "-" : rows.getLong(2)) + " "
                            + rows.getLong(3) + " " + rows.getLong(4) + " " + rows.getLong(5) + " " + rows.getLong(6)
                            + " " + rows.getLong(7));
                }
            }
            return lines.stream().sorted().toList();
        }
    }

    /**
     * What the triggers kept in {@code table} is what counting every due date again gives
     * ({@code recount}, the migration's own fill): tried in a transaction that is rolled back.
     */
    private static void assertKeptIsWhatCountingAgainGives(String table, String recount) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("create temporary table kept on commit drop as select * from " + table
                    + " where (total, on_time, late, open) <> (0, 0, 0, 0)");
            s.execute("select " + recount);
            try (ResultSet rows = s.executeQuery("select (select count(*) from (select * from kept except select * from "
                    + table + ") a), (select count(*) from (select * from " + table + " except select * from kept) b),"
                    + " (select count(*) from kept)")) {
                rows.next();
                assertEquals(0, rows.getLong(1), table + ": kept by the triggers, not given by counting again");
                assertEquals(0, rows.getLong(2), table + ": given by counting again, not kept by the triggers");
                assertTrue(rows.getLong(3) > 0, table + ": something was kept");
            }
            c.rollback();
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(System.getProperty("test.db.url"), System.getProperty("test.db.user"),
                System.getProperty("test.db.password"));
    }
}

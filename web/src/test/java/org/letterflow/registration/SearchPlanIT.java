package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;
import org.letterflow.registration.control.LetterSearch;

/**
 * Search stays fast for every word by the shape of its query, not by luck of statistics: the
 * matches of a word are read from the text index first (capped), and only a word too common for
 * that walks the journal's date index. The answers are the same newest-first pages either way.
 */
class SearchPlanIT extends DeployedApplication {

    private static final int LETTERS = 20_000;
    private long organisation;
    private String login;
    private String rare;
    private String medium;
    private String common;

    /** An organisation of its own with 20,000 letters: a rare word in 3, a medium one in 300, a common one in 2,000. */
    @BeforeEach
    void aJournalOfTwentyThousandLetters() {
        String tag = Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        rare = "редкослов" + tag;
        medium = "среднеслов" + tag;
        common = "частослов" + tag;
        login = "search." + tag;
        organisation = Long.parseLong(Database.column("insert into organisation (kind, full_name, short_name, time_zone)"
                + " values ('SCHOOL', 'Школа поиска " + tag + "', 'Школа " + tag + "', 'Europe/Moscow') returning id").get(0));
        Database.execute("insert into app_user (organisation_id, login, password_hash, full_name, short_name)"
                + " select " + organisation + ", '" + login + "', password_hash, 'Поиск', 'Поиск' from app_user"
                + " where login = 'tomsk.clerk'");
        Database.execute("insert into user_role (user_id, role) select id, 'CLERK' from app_user where login = '" + login + "'");
        Database.execute("insert into letter (organisation_id, direction, state, registration_number, registration_year,"
                + " registration_sequence, registration_date, subject, created_by, created_at)"
                + " select " + organisation + ", 'INCOMING', 'REGISTERED', 'П-' || g, 2026, g, date '2026-01-01' + (g % 300),"
                + " 'Письмо ' || g || case when g % 10 = 0 then ' " + common + "' else '' end"
                + " || case when g % 66 = 1 and g <= 19800 then ' " + medium + "' else '' end"
                + " || case when g in (7, 7777, 17777) then ' " + rare + "' else '' end,"
                + " 'test', now() from generate_series(1, " + LETTERS + ") g");
        Database.execute("analyze letter");
    }

    @Test
    void aRareWordIsReadFromTheTextIndex() {
        String plan = String.join("\n", Database.column("explain " + matches(rare)));
        assertTrue(plan.contains("letter_search_idx"), plan);
        assertFalse(plan.contains("letter_org_date_idx"), "no walk of the date index for a rare word:\n" + plan);
    }

    @Test
    void everyKindOfWordAnswersTheNewestMatchesAndTheirCount() {
        Api clerk = Api.as(base, login, "demo");
        for (String word : List.of(rare, medium, common)) {
            Api.Reply reply = clerk.get("api/v1/letters?limit=25&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
            assertEquals(200, reply.status(), reply.toString());
            JsonObject page = reply.json();
            List<String> newest = Database.column("select id from letter where organisation_id = " + organisation
                    + " and search @@ websearch_to_tsquery('russian', '" + word + "')"
                    + " order by registration_date desc nulls first, id desc limit 25");
            List<String> answered = page.getJsonArray("items").stream()
                    .map(item -> item.asJsonObject().getJsonNumber("id").toString()).toList();
            assertEquals(newest, answered, word);
            long all = Long.parseLong(Database.column("select count(*) from letter where organisation_id = "
                    + organisation + " and search @@ websearch_to_tsquery('russian', '" + word + "')").get(0));
            if (all <= 1000) {
                assertEquals(all, page.getJsonNumber("total").longValue(), word);
                assertEquals(JsonValue.TRUE, page.get("totalExact"), word);
            } else {
                assertEquals(1000, page.getJsonNumber("total").longValue(), "the count stops at a thousand");
                assertEquals(JsonValue.FALSE, page.get("totalExact"), word);
            }
        }
        JsonObject second = clerk.get("api/v1/letters?offset=25&limit=25&q=" + URLEncoder.encode(medium,
                StandardCharsets.UTF_8)).json();
        assertEquals(Database.column("select id from letter where organisation_id = " + organisation
                        + " and search @@ websearch_to_tsquery('russian', '" + medium + "')"
                        + " order by registration_date desc nulls first, id desc offset 25 limit 25"),
                second.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").toString()).toList(),
                "the second page follows the first");
    }

    /** The application's own query for a word's matches, with the values written in. */
    private String matches(String word) {
        return LetterSearch.matchesSql(" l.organisation_id = ?1", 2)
                .replace("?1", Long.toString(organisation)).replace("?2", "'" + word + "'");
    }
}

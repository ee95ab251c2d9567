package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letterflow.document.TestFiles;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/** A client that lost an answer sends the request again with the same Idempotency-Key: nothing is done twice. */
class IdempotencyApiIT extends DeployedApplication {

    @Test
    void aLetterPostedTwiceWithOneKeyIsRegisteredOnceAndAnsweredAlike() {
        String word = unique();
        String key = UUID.randomUUID().toString();
        Api clerk = Api.as(base, "tomsk.clerk", "demo").withHeader("Idempotency-Key", key);
        String body = letter("Об идемпотентности " + word);

        Api.Reply first = clerk.post("api/v1/letters", body);
        assertEquals(201, first.status(), first.toString());
        Api.Reply again = clerk.post("api/v1/letters", body);
        assertEquals(201, again.status(), again.toString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.body(), again.body(), "the first answer, byte for byte");
        assertEquals(1, found(Api.as(base, "tomsk.clerk", "demo"), word), "one letter");

        Api.Reply other = clerk.post("api/v1/letters", letter("Другое письмо " + word));
        assertEquals(422, other.status(), other.toString());
        assertTrue(other.contentType().startsWith("application/problem+json"), other.contentType());
        assertTrue(other.json().getString("detail").contains("Idempotency-Key"), other.toString());
        assertEquals(1, found(Api.as(base, "tomsk.clerk", "demo"), word), "nothing done for the refused repeat");
    }

    @Test
    void theKeyIsEachUsersOwn() {
        String word = unique();
        String key = UUID.randomUUID().toString();
        Api.Reply tomsk = Api.as(base, "tomsk.clerk", "demo").withHeader("Idempotency-Key", key)
                .post("api/v1/letters", letter("О ключах " + word));
        Api.Reply irkutsk = Api.as(base, "irkutsk.clerk", "demo").withHeader("Idempotency-Key", key)
                .post("api/v1/letters", letter("О ключах " + word));
        assertEquals(201, tomsk.status(), tomsk.toString());
        assertEquals(201, irkutsk.status(), irkutsk.toString());
        assertNotEquals(tomsk.json().getJsonNumber("id"), irkutsk.json().getJsonNumber("id"));
    }

    @Test
    void aFileUploadedTwiceWithOneKeyIsAttachedOnce() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        Api.Reply letter = clerk.post("api/v1/letters", letter("О вложениях " + unique()));
        assertEquals(201, letter.status(), letter.toString());
        long id = letter.json().getJsonNumber("id").longValue();
        byte[] pdf = TestFiles.pdf("Прошу представить сведения до 5 мая.");
        Api once = clerk.withHeader("Idempotency-Key", UUID.randomUUID().toString());

        Api.Reply first = once.upload("api/v1/letters/" + id + "/attachments", "письмо.pdf", pdf);
        Api.Reply again = once.upload("api/v1/letters/" + id + "/attachments", "письмо.pdf", pdf);
        assertEquals(201, first.status(), first.toString());
        assertEquals(201, again.status(), again.toString());
        assertEquals(first.body(), again.body());
        assertEquals(1, clerk.get("api/v1/letters/" + id).json().getJsonArray("attachments").size());
    }

    @Test
    void aKeyThatIsNoKeyIsRefused() {
        Api.Reply reply = Api.as(base, "tomsk.clerk", "demo").withHeader("Idempotency-Key", "x".repeat(300))
                .post("api/v1/letters", letter("О длинных ключах " + unique()));
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.json().getString("detail").contains("Idempotency-Key"), reply.toString());
    }

    private static String letter(String subject) {
        // no number of theirs: the duplicate check by number must not be what keeps the second one out
        return "{\"direction\":\"INCOMING\",\"correspondentName\":\"Министерство просвещения Российской Федерации\","
                + "\"subject\":\"" + subject + "\"}";
    }

    private static long found(Api api, String word) {
        Api.Reply reply = api.get("api/v1/letters?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").size();
    }

    /** A made-up word search finds only in this test's letters. */
    private static String unique() {
        return "идемп" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
    }
}

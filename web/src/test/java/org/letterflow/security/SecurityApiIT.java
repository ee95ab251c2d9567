package org.letterflow.security;

import org.letterflow.it.Sendings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/**
 * Attacks that worked (issue 16): a restricted letter read through its delivery, a stranger
 * locking a user out, password spraying never slowed, browsers invited to remember Basic
 * credentials, other sites' pages changing data; and the personal API tokens that replace
 * passwords in scripts.
 */
class SecurityApiIT extends DeployedApplication {

    static final String PASSWORD = "Надёжный-пароль-2026";

    static long organisationOf(Api user) {
        return user.organisationId();
    }

    static Api newUser(URL base, long organisation, String login, String role) {
        return Api.newUser(base, organisation, login, "Тестовый Пользователь " + login, "Т.П. " + login, role, PASSWORD);
    }

    /** A registered restricted outgoing letter of the ministry, with one file, delivered to the organisation. */
    static long[] restrictedDelivery(URL base, long recipient, Api recipientClerk, String subject) {
        Api ministry = Api.as(base, "minpros.clerk", "demo");
        Api.Reply created = ministry.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "%s", "register": true, "restricted": true,
                 "addressees": "Руководителю органа исполнительной власти"}
                """.formatted(subject));
        assertEquals(201, created.status(), created.body());
        long letter = created.json().getJsonNumber("id").longValue();
        Api.Reply file = ministry.upload("api/v1/letters/" + letter + "/attachments", "дсп.txt",
                "Сведения ограниченного распространения".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, file.status(), file.body());
        assertEquals("DONE", Sendings.send(ministry, letter, "{\"recipients\": [" + recipient + "]}").getString("state"),
                "the sending job finished");
        long delivery = Sendings.deliveryOf(recipientClerk, letter);
        long attachment = recipientClerk.get("api/v1/deliveries/" + delivery).json().getJsonObject("letter")
                .getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        return new long[] {letter, delivery, attachment};
    }

    private static boolean listed(Api user, long delivery) {
        return user.get("api/v1/deliveries?limit=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).anyMatch(d -> d.getJsonNumber("id").longValue() == delivery);
    }

    @Test
    void aRestrictedDeliveryIsSeenByTheRecipientsClerksThenOnlyByTheRegisteredCopysReaders() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long tomsk = organisationOf(clerk);
        Api otherClerk = newUser(base, tomsk, "tomsk.clerk.dsp", "CLERK");
        long[] sent = restrictedDelivery(base, tomsk, clerk, "О мерах безопасности (ДСП)");
        String delivery = "api/v1/deliveries/" + sent[1];
        String content = delivery + "/attachments/" + sent[2] + "/content";

        assertEquals(200, clerk.get(delivery).status(), "a clerk sees it, to register it");
        assertEquals(200, otherClerk.get(delivery).status());
        for (String login : new String[] {"tomsk.executor", "tomsk.head"}) {
            Api reader = Api.as(base, login, "demo");
            assertEquals(404, reader.get(delivery).status(), login + " is no clerk and no reader");
            assertEquals(404, reader.download(content).statusCode(), login);
            assertFalse(listed(reader, sent[1]), login + "'s inbox does not list it either");
        }

        Api.Reply registered = clerk.post(delivery + "/registration", "{}");
        assertEquals(201, registered.status(), registered.body());
        long copy = registered.json().getJsonNumber("id").longValue();
        assertTrue(registered.json().getBoolean("restricted"), "the copy is restricted too");

        assertEquals(200, clerk.get(delivery).status(), "the clerk who registered it reads the copy");
        assertEquals(200, clerk.download(content).statusCode());
        assertEquals(404, otherClerk.get("api/v1/letters/" + copy).status(), "the copy is hidden from the other clerk");
        assertEquals(404, otherClerk.get(delivery).status(), "and so is the delivery now");
        assertEquals(404, otherClerk.download(content).statusCode());
        assertFalse(listed(otherClerk, sent[1]));
        assertEquals(404, otherClerk.post(delivery + "/acknowledgement", "").status());
        assertEquals(404, Api.as(base, "tomsk.executor", "demo").get(delivery).status());
    }

    @Test
    void aStrangerCannotLockAUserOutAndOneClientTryingManyLoginsIsSlowed() {
        long tomsk = organisationOf(Api.as(base, "tomsk.clerk", "demo"));
        Api user = newUser(base, tomsk, "lockout.target", "EXECUTOR");
        assertEquals(200, user.get("api/v1/me").status());

        String wrongPassword = Http.basic("lockout.target", "не-тот-пароль");
        int refused = 0;
        StringBuilder strangerSaw = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            int status = Http.getFrom("127.0.0.2", base, "api/v1/me", wrongPassword);
            assertTrue(status == 401 || status == 429, "attempt " + i + ": " + status);
            refused += status == 429 ? 1 : 0;
            strangerSaw.append(status).append(' ');
        }
        assertTrue(refused > 0, "the stranger who keeps guessing is slowed");
        for (int i = 0; i < 5; i++) {
            Api.Reply me = user.get("api/v1/me");
            assertEquals(200, me.status(), "the user's right password from their own address: " + me);
        }

        int slowed = 0;
        StringBuilder sprayerSaw = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            int status = Http.getFrom("127.0.0.3", base, "api/v1/me", Http.basic("spray.login" + i, "Password1"));
            slowed += status == 429 ? 1 : 0;
            sprayerSaw.append(status).append(' ');
        }
        System.out.println("Sign-in throttle: a stranger's 24 wrong passwords for one login from 127.0.0.2 answered "
                + strangerSaw.toString().strip() + "; the user's right password from its own address then 5 of 5 × 200;"
                + " 26 logins tried from 127.0.0.3 answered " + sprayerSaw.toString().strip());
        assertTrue(slowed > 0, "26 logins tried from one address within a second are slowed");
        assertEquals(429, Http.getFrom("127.0.0.3", base, "api/v1/me", Http.basic("lockout.target", PASSWORD)),
                "a client that failed that often waits, whatever login it tries next");
        assertEquals(200, user.get("api/v1/me").status(), "and still nobody else does");
    }

    @Test
    void aBrowserIsNeverAskedForBasicCredentialsWhileScriptsStillAre() {
        Api.Reply navigation = Http.send(base, "GET", "api/v1/me", null,
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(401, navigation.status());
        assertTrue(navigation.header("WWW-Authenticate").isEmpty(), "no Basic challenge to a browser");
        assertTrue(navigation.contentType().startsWith("application/problem+json"), navigation.contentType());
        Api.Reply fetched = Http.send(base, "GET", "api/v1/letters", null, "Accept", "*/*", "Sec-Fetch-Mode", "navigate");
        assertEquals(401, fetched.status());
        assertTrue(fetched.header("WWW-Authenticate").isEmpty());
        Api.Reply script = Http.send(base, "GET", "api/v1/me", null, "Accept", "application/json");
        assertEquals(401, script.status());
        assertTrue(script.header("WWW-Authenticate").orElse("").startsWith("Basic"), "kept for compatibility");
    }

    @Test
    void aPersonalTokenSignsItsOwnerInUntilRevoked() {
        Api owner = Api.as(base, "tomsk.executor", "demo");
        Api.Reply created = owner.post("api/v1/tokens", "{\"name\": \"Выгрузка отчётов\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject token = created.json();
        String secret = token.getString("token");
        long id = token.getJsonNumber("id").longValue();

        Api.Reply me = Http.send(base, "GET", "api/v1/me", null, "Authorization", "Bearer " + secret);
        assertEquals(200, me.status(), me.body());
        assertEquals("tomsk.executor", me.json().getString("login"));
        String listed = owner.get("api/v1/tokens").body();
        assertTrue(listed.contains("Выгрузка отчётов"), listed);
        assertFalse(listed.contains(secret.substring(4)), "the secret is shown once, never listed");
        assertEquals(400, owner.post("api/v1/tokens", "{\"name\": \"  \"}").status());

        assertEquals(404, Api.as(base, "tomsk.clerk", "demo").delete("api/v1/tokens/" + id).status(),
                "another user's token does not exist for them");
        assertEquals(200, Http.send(base, "GET", "api/v1/me", null, "Authorization", "Bearer " + secret).status());
        assertEquals(204, owner.delete("api/v1/tokens/" + id).status());
        Api.Reply revoked = Http.send(base, "GET", "api/v1/me", null, "Authorization", "Bearer " + secret);
        assertEquals(401, revoked.status(), "revoked");
        assertTrue(revoked.contentType().startsWith("application/problem+json"));
        assertEquals(401, Http.send(base, "GET", "api/v1/me", null, "Authorization", "Bearer lft_guessed").status());
    }

    @Test
    void aChangeSentFromAnotherSitesPageIsRefused() {
        String own = base.getProtocol() + "://" + base.getAuthority();
        String credentials = Http.basic("tomsk.executor", "demo");
        int before = Api.as(base, "tomsk.executor", "demo").get("api/v1/tokens").array().size();

        Api.Reply foreign = Http.send(base, "POST", "api/v1/tokens", "{\"name\": \"чужой сайт\"}",
                "Authorization", credentials, "Origin", "https://evil.example", "Accept", "application/json");
        assertEquals(403, foreign.status(), foreign.body());
        assertTrue(foreign.contentType().startsWith("application/problem+json"));
        assertEquals(before, Api.as(base, "tomsk.executor", "demo").get("api/v1/tokens").array().size(), "nothing made");
        assertEquals(403, Http.send(base, "DELETE", "api/v1/tokens/1", null,
                "Authorization", credentials, "Origin", "null").status());

        Api.Reply same = Http.send(base, "POST", "api/v1/tokens", "{\"name\": \"своя страница\"}",
                "Authorization", credentials, "Origin", own, "Accept", "application/json");
        assertEquals(201, same.status(), same.body());
        assertEquals(200, Http.send(base, "GET", "api/v1/me", null,
                "Authorization", credentials, "Origin", "https://evil.example").status(), "reading is not refused");
    }
}

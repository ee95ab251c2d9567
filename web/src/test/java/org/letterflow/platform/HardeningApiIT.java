package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/** What a hostile file, a hostile parameter or a curious browser gets from the API and the pages. */
class HardeningApiIT extends DeployedApplication {

    private static final String HTML = "<html><body><script>alert(document.domain)</script></body></html>";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";

    @Test
    void anUploadedHtmlOrSvgIsNeverShownInPlaceAndEveryFileAnswerIsSandboxed() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long letter = incoming(clerk, "О файлах со сценариями");
        for (String[] file : List.of(new String[] {"отчёт.html", HTML}, new String[] {"схема.svg", SVG},
                new String[] {"страница.xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                        + "<script>alert(1)</script></html>"})) {
            Api.Reply attached = clerk.upload("api/v1/letters/" + letter + "/attachments", file[0],
                    file[1].getBytes(StandardCharsets.UTF_8));
            assertEquals(201, attached.status(), attached.toString());
            String content = "api/v1/letters/" + letter + "/attachments/" + attached.json().getJsonNumber("id") + "/content";
            for (String asked : List.of(content, content + "?inline=true")) {
                HttpResponse<byte[]> answer = clerk.download(asked);
                assertEquals(200, answer.statusCode(), asked);
                String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
                assertTrue(disposition.startsWith("attachment;"), file[0] + " " + asked + ": " + disposition);
                assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"),
                        file[0] + ": " + answer.headers().map());
                assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            }
        }
        Api.Reply text = clerk.upload("api/v1/letters/" + letter + "/attachments", "заметка.txt",
                "Просто текст".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> shown = clerk.download("api/v1/letters/" + letter + "/attachments/"
                + text.json().getJsonNumber("id") + "/content?inline=true");
        assertEquals("text/plain;charset=utf-8", shown.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase());
        assertTrue(shown.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"));
        assertTrue(shown.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"));
    }

    @Test
    void badSearchParametersAreRefusedNamingTheParameter() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        for (String[] bad : List.of(new String[] {"q=%00", "q"}, new String[] {"q=a%00b", "q"},
                new String[] {"number=%00", "number"}, new String[] {"direction=SIDEWAYS", "direction"},
                new String[] {"state=GONE", "state"}, new String[] {"offset=1;DROP", "offset"},
                new String[] {"limit=ten", "limit"}, new String[] {"journal=x", "journal"})) {
            Api.Reply reply = clerk.get("api/v1/letters?" + bad[0]);
            assertEquals(400, reply.status(), bad[0] + " → " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertTrue(reply.json().getString("detail").contains("«" + bad[1] + "»"), bad[0] + " → " + reply);
            assertFalse(reply.body().contains("JSON"), "not a message about a body nobody sent: " + reply);
        }
        assertEquals(200, clerk.get("api/v1/letters?direction=INCOMING&offset=0&limit=5").status());
    }

    @Test
    void theBodiesTheReadmeShowsAreAccepted() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long letter = incoming(clerk, "О сроках из README");
        Api.Reply kept = clerk.post("api/v1/deadlines", """
                {"letter": %d, "dates": [{"date": "2025-01-24", "said": "в течение 10 рабочих дней",
                 "relative": "в течение 10 рабочих дней", "extracted": false}]}""".formatted(letter));
        assertEquals(200, kept.status(), kept.toString());
        assertEquals("в течение 10 рабочих дней", kept.array().getJsonObject(0).getString("relative"));
        Api.Reply reviewed = clerk.post("api/v1/extractions/reviews", """
                {"letter": %d, "fields": [{"field": "subject", "proposed": "О сроках", "kept": "О сроках из README",
                 "confidence": 0.75}]}""".formatted(letter));
        assertEquals(204, reviewed.status(), reviewed.toString());
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeadersAndNoVersions() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        // PrimeFaces adds its own script-src policy with the page's nonce; a browser enforces both
        String policy = String.join(", ", page.headers().allValues("Content-Security-Policy"));
        for (String directive : List.of("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(page.headers().firstValue("X-Powered-By").isPresent(), page.headers().map().toString());
        assertFalse(page.headers().firstValue("Server").orElse("").matches(".*\\d.*"), page.headers().map().toString());
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long letter = incoming(clerk, "О заголовках ответа");
        Api.Reply answer = clerk.get("api/v1/letters/" + letter);
        assertEquals("no-store", answer.header("Cache-Control").orElse(""), answer.response().headers().map().toString());
        assertTrue(answer.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""));
        assertFalse(answer.header("X-Powered-By").isPresent(), answer.response().headers().map().toString());

        HttpResponse<String> protectedPage = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "inbox.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> session = protectedPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertFalse(session.isEmpty(), protectedPage.headers().map().toString());
        // Payara writes "SameSite=lax"; attribute values are case-insensitive (RFC 6265bis)
        assertTrue(session.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).allMatch(c -> c.contains("samesite=lax")
                && c.contains("httponly") && !c.contains("secure")), "Secure only over HTTPS: " + session);
    }

    private static long incoming(Api clerk, String subject) {
        Api.Reply created = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "correspondentName": "Министерство образования Иркутской области",
                 "correspondentNumber": "%s", "subject": "%s"}""".formatted(System.nanoTime(), subject));
        assertEquals(201, created.status(), created.toString());
        JsonObject letter = created.json();
        return letter.getJsonNumber("id").longValue();
    }
}

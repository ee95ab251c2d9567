package org.letterflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;

/** A sending through the API, waited for, and the delivery it made: what tests need before they act as a recipient. */
public final class Sendings {

    private Sendings() {
    }

    /** Sends and waits for the job to finish; returns the finished job. */
    public static JsonObject send(Api clerk, long letter, String recipients) {
        Api.Reply accepted = clerk.post("api/v1/letters/" + letter + "/deliveries", recipients);
        assertEquals(202, accepted.status(), accepted.body());
        String job = accepted.header("Location").orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject state = clerk.get(job.substring(job.indexOf("api/v1/"))).json();
            if (!"RUNNING".equals(state.getString("state"))) {
                return state;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the sending job did not finish: " + job);
    }

    /** The recipient organisation's delivery of a letter, as its clerk lists it. */
    public static long deliveryOf(Api clerk, long letter) {
        return clerk.get("api/v1/deliveries?limit=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getJsonNumber("letter").longValue() == letter)
                .findFirst().orElseThrow(() -> new AssertionError("no delivery of letter " + letter))
                .getJsonNumber("id").longValue();
    }
}

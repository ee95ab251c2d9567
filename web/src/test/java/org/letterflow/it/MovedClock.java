package org.letterflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;

/**
 * The deployed application's clock moved by a duration until closed (try-with-resources puts it back
 * even when an assertion fails), through the test-only endpoint of {@code it.clock.MovableClock}.
 * Tests share one server: a test that moves the clock keeps its assertions relative to its own data.
 */
public final class MovedClock implements AutoCloseable {

    private final Api admin;

    private MovedClock(Api admin) {
        this.admin = admin;
    }

    public static MovedClock by(URL base, Duration shift) {
        Api admin = Api.as(base, "admin", "demo");
        Api.Reply moved = admin.put("api/v1/test-clock/" + shift, "", null);
        assertEquals(200, moved.status(), moved.body());
        return new MovedClock(admin);
    }

    /** Moves the same clock to another shift (from now, not from the previous shift). */
    public MovedClock to(Duration shift) {
        Api.Reply moved = admin.put("api/v1/test-clock/" + shift, "", null);
        assertEquals(200, moved.status(), moved.body());
        return this;
    }

    @Override
    public void close() {
        Api.Reply back = admin.delete("api/v1/test-clock");
        assertEquals(204, back.status(), back.body());
    }
}

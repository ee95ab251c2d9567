package org.letterflow.forwarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** How far a sending is, as its progress bar shows it. */
class DeliveryJobTest {

    /** Jobs are written by SQL; a test places one at the counts it needs. */
    private static DeliveryJob job(int total, int done) {
        try {
            DeliveryJob job = new DeliveryJob();
            for (var entry : new Object[][] {{"total", total}, {"done", done}}) {
                Field field = DeliveryJob.class.getDeclaredField((String) entry[0]);
                field.setAccessible(true);
                field.set(job, entry[1]);
            }
            return job;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theShareThroughIsRoundedDownSoThatOnlyAFinishedSendingShowsAHundred() {
        assertEquals(0, job(40_000, 0).getPercent());
        assertEquals(50, job(40_000, 20_000).getPercent());
        assertEquals(99, job(40_000, 39_999).getPercent());
        assertEquals(100, job(40_000, 40_000).getPercent());
    }

    @Test
    void aSendingToEveryOrganisationOfTheCountryDoesNotOverflow() {
        assertEquals(99, job(85_000, 84_999).getPercent());
        assertEquals(33, job(Integer.MAX_VALUE, Integer.MAX_VALUE / 3).getPercent());
    }

    @Test
    void aSendingWithNobodyToSendToIsDone() {
        assertEquals(100, job(0, 0).getPercent());
    }
}

package org.letterflow.forwarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.forwarding.control.DeliveryRow;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.platform.BusinessException;

class DeliveryListingTest {

    private static DeliveryRow row(long id, String sender, LocalDate date, String subject) {
        return new DeliveryRow(id, DeliveryState.DELIVERED, id, sender, "10-" + id, date, subject, null, null, null,
                null, null);
    }

    private final DeliveryRow ministry = row(1, "Минпросвещения России", LocalDate.of(2026, 2, 1), "О кампании");
    private final DeliveryRow region = row(2, "Минобрнауки Иркутской области", LocalDate.of(2026, 2, 10), "Об отчёте");

    @Test
    void periodSenderAndSubjectFilterTheRows() {
        assertTrue(DeliveryListing.read(Map.of("from", "01.02.2026", "to", "01.02.2026")).matches(ministry));
        assertFalse(DeliveryListing.read(Map.of("from", "01.02.2026", "to", "01.02.2026")).matches(region));
        assertTrue(DeliveryListing.read(Map.of("sender", "иркутской")).matches(region));
        assertFalse(DeliveryListing.read(Map.of("sender", "иркутской")).matches(ministry));
        assertTrue(DeliveryListing.read(Map.of("subject", "ОТЧЁТ")).matches(region));
    }

    @Test
    void aClickedColumnSortsEitherWayAndNothingElseSorts() {
        assertEquals(List.of(region, ministry), List.of(ministry, region).stream()
                .sorted(DeliveryListing.order("date", false)).toList());
        assertEquals(List.of(region, ministry), List.of(ministry, region).stream()
                .sorted(DeliveryListing.order("sender", true)).toList());
        assertNull(DeliveryListing.order("sender desc, (select 1)", true));
    }

    @Test
    void badInputIsRefusedByName() {
        assertEquals("from", assertThrows(BusinessException.class,
                () -> DeliveryListing.read(Map.of("from", "2026-02-01"))).field());
    }
}

package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A native query's row read by column name, with the JDBC types PostgreSQL's driver returns. */
class RowTest {

    private static Row row() {
        Map<String, Object> values = new HashMap<>();
        values.put("task", 7L);
        values.put("position", 2);
        values.put("due_on", java.sql.Date.valueOf(LocalDate.of(2026, 3, 9)));
        values.put("created_at", Timestamp.from(Instant.parse("2026-03-01T10:15:30Z")));
        values.put("weekday", "MONDAY");
        values.put("overdue", Boolean.TRUE);
        values.put("report", null);
        values.put("ids", new Long[] {3L, 4L});
        values.put("names", new String[] {"а", "б"});
        return Row.of(values);
    }

    @Test
    void readsEachTypeByName() {
        Row row = row();
        assertEquals(7L, row.longValue("task"));
        assertEquals(2, row.intValue("position"));
        assertEquals(LocalDate.of(2026, 3, 9), row.date("due_on"));
        assertEquals(Instant.parse("2026-03-01T10:15:30Z"), row.instant("created_at"));
        assertEquals(DayOfWeek.MONDAY, row.enumValue("weekday", DayOfWeek.class));
        assertTrue(row.flag("overdue"));
        assertEquals(List.of(3L, 4L), row.longs("ids"));
        assertEquals(List.of("а", "б"), row.strings("names"));
    }

    @Test
    void nullStaysNullWhereAValueMayBeMissing() {
        Row row = row();
        assertNull(row.string("report"));
        assertNull(row.longOrNull("report"));
        assertNull(row.date("report"));
        assertNull(row.instant("report"));
        assertTrue(row.isNull("report"));
        assertFalse(row.isNull("task"));
        assertEquals(List.of(), row.longs("report"));
    }

    @Test
    void aMisspelledColumnFailsInsteadOfReadingNull() {
        var failure = assertThrows(IllegalArgumentException.class, () -> row().string("reprot"));
        assertTrue(failure.getMessage().contains("reprot"));
    }

    @Test
    void aNullWhereTheQueryPromisesAValueFails() {
        assertThrows(IllegalStateException.class, () -> row().longValue("report"));
        assertThrows(IllegalStateException.class, () -> row().flag("report"));
    }
}

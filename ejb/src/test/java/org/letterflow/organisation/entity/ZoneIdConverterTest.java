package org.letterflow.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** An organisation's time zone is stored as its region id, so "Asia/Tomsk" follows Tomsk's own rule changes. */
class ZoneIdConverterTest {

    private final ZoneIdConverter converter = new ZoneIdConverter();

    @Test
    void aZoneIsStoredAsItsRegionIdAndReadBack() {
        assertEquals("Asia/Tomsk", converter.convertToDatabaseColumn(ZoneId.of("Asia/Tomsk")));
        assertEquals(ZoneId.of("Asia/Vladivostok"), converter.convertToEntityAttribute("Asia/Vladivostok"));
    }

    @Test
    void noZoneIsNoValue() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}

package org.letterflow.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Each organisation keeps its own calendar: a due date passes at its own midnight. */
class OrganisationTest {

    private static Organisation in(String zone) {
        return new Organisation(null, OrganisationKind.SCHOOL, " Школа № 1 г. Томска ", " Школа № 1 ", ZoneId.of(zone),
                null, null);
    }

    @Test
    void todayIsTheOrganisationsDayNotTheServers() {
        // 18:30 in Moscow on the 19th is already 22:30 on the 19th in Tomsk and 01:30 on the 20th in Vladivostok
        Clock clock = Clock.fixed(Instant.parse("2026-01-19T15:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 1, 19), in("Europe/Moscow").today(clock));
        assertEquals(LocalDate.of(2026, 1, 19), in("Asia/Tomsk").today(clock));
        assertEquals(LocalDate.of(2026, 1, 20), in("Asia/Vladivostok").today(clock),
                "a due date of the 19th is overdue in Vladivostok while Moscow's day goes on");
    }

    @Test
    void todayFollowsTheClockGiven() {
        Organisation tomsk = in("Asia/Tomsk");
        assertEquals(LocalDate.of(2026, 1, 19), tomsk.today(Clock.fixed(Instant.parse("2026-01-19T16:59:59Z"), ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2026, 1, 20), tomsk.today(Clock.fixed(Instant.parse("2026-01-19T17:00:00Z"), ZoneOffset.UTC)),
                "Tomsk's midnight is 17:00 UTC");
    }

    @Test
    void theNamesAreKeptWithoutSurroundingSpacesAndEveryPartIsRequired() {
        Organisation school = in("Asia/Tomsk");
        assertEquals("Школа № 1 г. Томска", school.getFullName());
        assertEquals("Школа № 1", school.getShortName());
        assertThrows(NullPointerException.class, () -> new Organisation(null, null, "a", "b", ZoneId.of("UTC"), null, null));
        assertThrows(NullPointerException.class,
                () -> new Organisation(null, OrganisationKind.SCHOOL, "a", "b", null, null, null));
    }

    @Test
    void theTopOfTheTreeHasNoParentAndAnOrganisationBelowNamesItsOwn() {
        Organisation region = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY, "Департамент", "Департамент",
                ZoneId.of("Asia/Tomsk"), null, null) {
            @Override
            public Long getId() {
                return 3L;
            }
        };
        Organisation school = new Organisation(region, OrganisationKind.SCHOOL, "Школа № 1", "Школа № 1",
                ZoneId.of("Asia/Tomsk"), null, null);
        assertNull(region.parentId());
        assertEquals(3L, school.parentId());
    }
}

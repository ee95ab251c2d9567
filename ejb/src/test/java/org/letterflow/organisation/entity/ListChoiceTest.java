package org.letterflow.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListChoiceTest {

    @Test
    void filtersSurviveStorageWhateverWasTyped() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("correspondent", "ООО \"Рога=Копыта\"\nи Ко %_");
        typed.put("from", "01.02.2026");
        ListChoice choice = ListChoice.UNTOUCHED.filtered(typed);
        assertEquals(typed, ListChoice.readFilters(choice.storedFilters()));
        assertFalse(choice.storedFilters().lines().count() > 2, "one line a filter: " + choice.storedFilters());
    }

    @Test
    void blankFiltersAreNotKeptAndDamagedLinesAreSkipped() {
        assertEquals(Map.of(), ListChoice.UNTOUCHED.filtered(Map.of("state", " ")).filters());
        assertEquals(Map.of("state", "SENT"), ListChoice.readFilters("garbage\n=x\nstate=SENT\nbad=%zz"));
        assertEquals(Map.of(), ListChoice.readFilters(null));
    }

    @Test
    void aPageSizeTheTableDoesNotOfferFallsBackToTwentyFive() {
        assertEquals(50, ListChoice.UNTOUCHED.paged(50).pageSize());
        assertEquals(25, ListChoice.UNTOUCHED.paged(100000).pageSize());
        assertEquals(25, ListChoice.UNTOUCHED.paged(0).pageSize());
    }

    @Test
    void aStoredSortThatIsNoColumnOfTheListIsDropped() {
        ListChoice stored = ListChoice.UNTOUCHED.sortedBy("subject; drop table letter", true);
        assertNull(stored.sortableBy(Set.of("subject", "state")).sortField());
        assertEquals("subject", ListChoice.UNTOUCHED.sortedBy("subject", true).sortableBy(Set.of("subject")).sortField());
    }

    @Test
    void withoutASortColumnTheListKeepsItsOwnOrderNeverAscending() {
        ListChoice own = ListChoice.UNTOUCHED.sortedBy(null, true);
        assertNull(own.sortField());
        assertFalse(own.ascending(), "no column: no direction either");
        assertTrue(ListChoice.UNTOUCHED.sortedBy("subject", true).ascending());
        assertFalse(ListChoice.UNTOUCHED.sortedBy("subject", false).ascending());
    }

    @Test
    void aFilterIsReadBackByItsNameAsTypedWithoutSurroundingSpaces() {
        ListChoice choice = ListChoice.UNTOUCHED.filtered(Map.of("initiator", "  Иванова "));
        assertEquals("Иванова", choice.filter("initiator"));
        assertNull(choice.filter("subject"), "a filter never typed");
    }
}

package org.letterflow.forwarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.OrganisationKind;

/** A chain's counts: the levels add up to the total, and what is awaited is neither registered nor returned. */
class RollUpTest {

    @Test
    void theLevelsOfAChainAddUpToItsTotalCountByCount() {
        Map<OrganisationKind, RollUp> levels = new EnumMap<>(OrganisationKind.class);
        levels.put(OrganisationKind.MUNICIPAL_AUTHORITY, new RollUp(10, 8, 5, 3, 1, 2));
        levels.put(OrganisationKind.SCHOOL, new RollUp(400, 300, 200, 100, 7, 50));
        assertEquals(new RollUp(410, 308, 205, 103, 8, 52), ChainQueries.total(levels));
    }

    @Test
    void aChainWithNoLevelsCountsNothing() {
        assertEquals(RollUp.NONE, ChainQueries.total(Map.of()));
        assertEquals(0, RollUp.NONE.awaiting());
    }

    @Test
    void whatIsAwaitedIsReceivedButNeitherRegisteredNorReturned() {
        assertEquals(392 - 300 - 7, new RollUp(392, 300, 200, 100, 7, 50).awaiting());
    }
}

package org.letterflow.forwarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.letterflow.forwarding.control.ChainQueries.Scope;

/** A viewer's part of a chain names its letter or delivery by bound parameters, never by values in the SQL. */
class ChainScopeTest {

    @Test
    void theTopLetterItselfIsTheWholeChainWithNothingToBind() {
        assertEquals("true", Scope.deliveriesOf(41, 1, 41).part(3));
    }

    @Test
    void aLetterBelowTheTopIsBoundNotWritten() {
        String part = Scope.deliveriesOf(41, 2, 987654).part(3);
        assertFalse(part.contains("987654"), part);
        assertTrue(part.contains("d.letter_id = ?3") && part.contains("where letter_id = ?3"), part);
        assertEquals("d.letter_id = ?2", Scope.deliveriesOf(41, 2, 987654).tops(2));
    }

    @Test
    void aDeliveryAndItsBranchAreBoundNotWritten() {
        String part = Scope.below(41, 3, 555777).part(4);
        assertFalse(part.contains("555777"), part);
        assertTrue(part.contains("d.id = ?4") && part.contains("cast(?5 as bigint[])"), part);
        assertEquals("d.id = ?1", Scope.below(41, 3, 555777).tops(1));
    }
}

package org.letterflow.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReceiptStampTest {

    @Test
    void aNumberThatAlreadySaysIncomingIsNotPrefixedTwice() {
        assertEquals("№ Вх-1 от 02.12.2026", ReceiptStamp.mark("Вх-1", "02.12.2026"));
        assertEquals("№ вх.1871/23 от 02.12.2026", ReceiptStamp.mark("вх.1871/23", "02.12.2026"));
        assertEquals("Вх. № 57-0144 от 15.01.2021", ReceiptStamp.mark("57-0144", "15.01.2021"));
    }
}

package org.letterflow.platform.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormTokenTest {

    @Test
    void aViewIsSubmittedOnce() {
        FormToken token = new FormToken();
        assertTrue(token.spend(token.getValue()));
        assertFalse(token.spend(token.getValue()), "the same view sent again");
    }

    @Test
    void aRefusedSubmissionMayBeSentAgain() {
        FormToken token = new FormToken();
        assertTrue(token.spend(token.getValue()));
        token.giveBack();
        assertTrue(token.spend(token.getValue()));
    }

    @Test
    void anotherViewsTokenOrNoneIsRefused() {
        FormToken token = new FormToken();
        FormToken other = new FormToken();
        assertNotEquals(token.getValue(), other.getValue());
        assertFalse(token.spend(other.getValue()));
        assertFalse(token.spend(null));
        assertTrue(token.spend(token.getValue()), "a refused stranger does not spend the view's token");
    }
}

package org.letterflow.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemAnswersTest {

    @Test
    void aRepeatedOperationNameTakesItsPathInWords() {
        assertEquals("LettersById", ProblemAnswers.pathWords("/api/v1/letters/{id}"));
        assertEquals("LettersByIdApprovalSheetPdf", ProblemAnswers.pathWords("/api/v1/letters/{id}/approval-sheet.pdf"));
        assertEquals("JournalsByIdImportsByImportStart", ProblemAnswers.pathWords("/api/v1/journals/{id}/imports/{import}/start"));
    }
}

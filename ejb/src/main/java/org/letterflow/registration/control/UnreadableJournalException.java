package org.letterflow.registration.control;

import org.letterflow.platform.BusinessException;

/** The uploaded journal is not a CSV or XLSX file we can read; the message says why, in Russian. */
public class UnreadableJournalException extends BusinessException {

    public UnreadableJournalException(String message) {
        super(Kind.INVALID, "file", message);
    }
}

package org.letterflow.registration.control;

import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/** The uploaded journal is not a CSV or XLSX file we can read; the text says why. */
public class UnreadableJournalException extends BusinessException {

    public UnreadableJournalException(Text text, Object... arguments) {
        super(Kind.INVALID, "file", text.format(arguments));
    }
}

package org.letterflow.registration.boundary;

import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/** The same correspondent's letter with the same number and date is registered already. */
public class DuplicateLetterException extends BusinessException {

    private final long existingId;
    private final String existingNumber;

    public DuplicateLetterException(long existingId, String existingNumber, String existingDate) {
        super(Kind.CONFLICT, "correspondentNumber", Text.LETTER_DUPLICATE.format(existingNumber, existingDate));
        this.existingId = existingId;
        this.existingNumber = existingNumber;
    }

    public long existingId() {
        return existingId;
    }

    public String existingNumber() {
        return existingNumber;
    }

    @Override
    public String existing() {
        return "api/v1/letters/" + existingId;
    }
}

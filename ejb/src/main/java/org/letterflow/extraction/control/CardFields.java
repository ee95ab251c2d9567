package org.letterflow.extraction.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which extracted field fills which field of the registration card: the form proposes by it, and
 * the clerks' corrections (recorded per card field) are read back per extracted field by it, so
 * that real use and the evaluation corpus speak of the same fields.
 */
public final class CardFields {

    private static final Map<String, String> EXTRACTED_FROM = new LinkedHashMap<>();

    static {
        EXTRACTED_FROM.put("correspondentName", "sender");
        EXTRACTED_FROM.put("correspondentNumber", "number");
        EXTRACTED_FROM.put("correspondentDate", "date");
        EXTRACTED_FROM.put("subject", "subject");
        EXTRACTED_FROM.put("addressees", "addressees");
        EXTRACTED_FROM.put("signatoryPosition", "signatory");
        EXTRACTED_FROM.put("signatoryName", "signatory");
        EXTRACTED_FROM.put("executorName", "executor");
        EXTRACTED_FROM.put("executorPhone", "executor");
        EXTRACTED_FROM.put("attachmentNote", "attachments_sheets");
    }

    private CardFields() {
    }

    /** The extracted field a card field is filled from; the card field itself when it is not one of the card's. */
    public static String extractedFrom(String cardField) {
        return EXTRACTED_FROM.getOrDefault(cardField, cardField);
    }
}

package org.letterflow.registration.entity;

import org.letterflow.platform.Text;

/**
 * A field of a letter that a column of an imported journal can fill. The labels are the ones
 * paper journals head their columns with, so the mapping screen reads like the old journal.
 */
public enum ImportField {
    NUMBER(Text.IMPORT_FIELD_NUMBER, true, 120),
    DATE(Text.IMPORT_FIELD_DATE, true, 10),
    CORRESPONDENT(Text.IMPORT_FIELD_CORRESPONDENT, false, 500),
    CORRESPONDENT_NUMBER(Text.IMPORT_FIELD_CORRESPONDENT_NUMBER, false, 120),
    CORRESPONDENT_DATE(Text.IMPORT_FIELD_CORRESPONDENT_DATE, false, 10),
    SUBJECT(Text.IMPORT_FIELD_SUBJECT, true, 1000),
    SUMMARY(Text.IMPORT_FIELD_SUMMARY, false, 100_000),
    ADDRESSEES(Text.IMPORT_FIELD_ADDRESSEES, false, 100_000),
    SIGNATORY(Text.IMPORT_FIELD_SIGNATORY, false, 200),
    EXECUTOR(Text.IMPORT_FIELD_EXECUTOR, false, 300);

    private final Text label;
    private final boolean required;
    private final int maxLength;

    ImportField(Text label, boolean required, int maxLength) {
        this.label = label;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String label() {
        return label.format();
    }

    /** A journal's row means nothing without its number, its date and what the letter is about. */
    public boolean required() {
        return required;
    }

    /** The column's width in the letter table. */
    public int maxLength() {
        return maxLength;
    }

    public boolean isDate() {
        return this == DATE || this == CORRESPONDENT_DATE;
    }
}

package org.letterflow.registration.entity;

/**
 * A field of a letter that a column of an imported journal can fill. The labels are the ones
 * paper journals head their columns with, so the mapping screen reads like the old journal.
 */
public enum ImportField {
    NUMBER("Регистрационный номер", true, 120),
    DATE("Дата регистрации", true, 10),
    CORRESPONDENT("Корреспондент", false, 500),
    CORRESPONDENT_NUMBER("Исходящий номер корреспондента («На №»)", false, 120),
    CORRESPONDENT_DATE("Дата письма корреспондента («от»)", false, 10),
    SUBJECT("Краткое содержание", true, 1000),
    SUMMARY("Примечание", false, 100_000),
    ADDRESSEES("Адресаты", false, 100_000),
    SIGNATORY("Подписал", false, 200),
    EXECUTOR("Исполнитель", false, 300);

    private final String label;
    private final boolean required;
    private final int maxLength;

    ImportField(String label, boolean required, int maxLength) {
        this.label = label;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String label() {
        return label;
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

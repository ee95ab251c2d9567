package org.letterflow.registration.entity;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a journal's template writes, as a regular expression, and the groups (from 1; 0
 * when the template has no such token) holding the sequence and the year. Built by
 * {@link NumberTemplate#numberPattern()}.
 */
public final class NumberPattern {

    private final Pattern regex;
    private final int sequenceGroup;
    private final int shortYearGroup;
    private final int yearGroup;

    NumberPattern(String regex, int sequenceGroup, int shortYearGroup, int yearGroup) {
        this.regex = Pattern.compile(regex);
        this.sequenceGroup = sequenceGroup;
        this.shortYearGroup = shortYearGroup;
        this.yearGroup = yearGroup;
    }

    /** The sequence a number stands for in the year, when the template wrote it; empty for any other number. */
    public OptionalLong sequenceOf(String number, int year) {
        Matcher m = regex.matcher(number);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        if (shortYearGroup > 0 && Integer.parseInt(m.group(shortYearGroup)) != year % 100
                || yearGroup > 0 && Integer.parseInt(m.group(yearGroup)) != year) {
            return OptionalLong.empty();
        }
        long sequence = Long.parseLong(m.group(sequenceGroup));
        return sequence >= 1 ? OptionalLong.of(sequence) : OptionalLong.empty();
    }

    public String regex() {
        return regex.pattern();
    }
}

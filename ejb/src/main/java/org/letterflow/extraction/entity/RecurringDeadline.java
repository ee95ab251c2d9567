package org.letterflow.extraction.entity;

/**
 * A deadline that comes back ("ежемесячно до 5 числа"), kept as an iCalendar recurrence rule
 * (RFC 5545, e.g. {@code FREQ=MONTHLY;BYMONTHDAY=5}) so a task can be repeated by it.
 */
public record RecurringDeadline(String rule, String sentence, int start, int end) {
}

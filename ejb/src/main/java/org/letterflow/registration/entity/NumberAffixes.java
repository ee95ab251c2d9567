package org.letterflow.registration.entity;

/**
 * A year's registration numbers around their sequence: what comes before it, its width
 * ({@code {seq:N}}; 0 for {@code {seq}}) and what comes after, as {@link NumberTemplate#around}
 * makes them. The database writes a number from these alone when the sequence is taken in the
 * same statement that enters the letter in its journal.
 */
public record NumberAffixes(String before, int width, String after) {

    public String with(long sequence) {
        String digits = Long.toString(sequence);
        return before + "0".repeat(Math.max(0, width - digits.length())) + digits + after;
    }
}

package org.letterflow.extraction.control;

/** Where the sentence around a phrase begins and ends: what a deadline quotes as its source. */
final class Sentences {

    private Sentences() {
    }

    /** From after the last full stop, line end or semicolon before the phrase to the next one. */
    static int[] around(String text, int from, int to) {
        int start = from;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = to;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        return new int[] {start, Math.min(text.length(), end + 1)};
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            // a line that goes on in lower case is a wrapped line (a PDF's, a narrow column's), not a new sentence
            int next = i + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            return next >= text.length() || !Character.isLowerCase(text.charAt(next));
        }
        if (c == ';' || c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        // a full stop inside "12.01.2021" or an e-mail address is not followed by a space
        boolean spaceAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        // "г. Томск", "на 1 л. в 1 экз." : one-letter abbreviations
        boolean abbreviation = i > 1 && Character.isLetter(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2));
        return spaceAfter && !abbreviation;
    }
}

package org.letterflow.extraction.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter's extracted text cut into lines, with the decorations of the different sources
 * (markdown stars, blank-form underscores, tabs, non-breaking spaces) turned into spaces and a
 * lone bar, OCR's Roman one, into an I. The
 * cleaning keeps every character in place, so offsets into this text are offsets into the
 * extracted text the clerk sees highlighted.
 */
final class LetterText {

    /** One line: its content without surrounding spaces and where that content stands in the text. */
    record Line(int index, int start, int end, String text) {

        boolean blank() {
            return text.isEmpty();
        }
    }

    final String text;
    final List<Line> lines;

    LetterText(String extracted) {
        char[] chars = extracted.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean joining = c == '_' && i > 0 && i + 1 < chars.length && Character.isLetterOrDigit(chars[i - 1])
                    && Character.isLetterOrDigit(chars[i + 1]); // "1899_12" is a number; "№ ____" a blank form
            if (c == '*' || c == '_' && !joining || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u200b' || c == '\u2002'
                    || c == '\u2003' || c == '\u2009' || c == '\u202f') {
                chars[i] = ' ';
            } else if (c == '\f' || c == '\u000b' || c == '\u2028' || c == '\u2029') {
                chars[i] = '\n';
            } else if (c == '|' && (i == 0 || chars[i - 1] == ' ') && (i + 1 == chars.length || chars[i + 1] == ' ')) {
                chars[i] = 'I'; // OCR reads a Roman one standing alone ("за I квартал") as a bar
            }
        }
        cyrillicLookAlikes(chars);
        unwrap(chars);
        this.text = new String(chars);
        List<Line> cut = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                to = text.length();
            }
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            cut.add(new Line(cut.size(), start, end, text.substring(start, end)));
            from = to + 1;
        }
        this.lines = List.copyOf(cut);
    }

    /**
     * A PDF's text layer and OCR break a paragraph into lines as wide as the page; the parser reads
     * lines, so a title or a sentence cut in two would read as two things. Where most long lines are
     * about one width (a page's, not a plain text's paragraphs), a line of nearly that width that
     * does not end a sentence goes on in the next one: its line break becomes a space (offsets stay).
     */
    private static void unwrap(char[] chars) {
        List<int[]> lines = new ArrayList<>(); // start, end without trailing spaces, end of line (the break)
        int from = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == '\n') {
                int end = i;
                while (end > from && chars[end - 1] == ' ') {
                    end--;
                }
                lines.add(new int[] {from, end, i});
                from = i + 1;
            }
        }
        int width = 0;
        for (int[] l : lines) {
            width = Math.max(width, l[1] - l[0]);
        }
        int full = 0;
        for (int[] l : lines) {
            full += l[1] - l[0] >= width * 0.9 ? 1 : 0;
        }
        if (width < 50 || width > 160 || full < 3) {
            return; // plain text with a paragraph a line, or too little to tell a page's width from
        }
        for (int k = 0; k + 1 < lines.size(); k++) {
            int[] l = lines.get(k);
            int[] next = lines.get(k + 1);
            int length = l[1] - l[0];
            char last = length > 0 ? chars[l[1] - 1] : '.';
            int word = next[0];
            while (word < next[1] && chars[word] == ' ') {
                word++;
            }
            int wordEnd = word;
            while (wordEnd < next[1] && chars[wordEnd] != ' ') {
                wordEnd++;
            }
            // going on in lower case is a strong sign; before a capital, only if the next word would not have fitted
            // (a proportional font makes that count rough, so an exclamation standing on its line, "Уважаемые коллеги!", stays one)
            boolean lowerCase = word < next[1] && !Character.isUpperCase(chars[word]);
            boolean exclamation = !lowerCase && chars[next[1] - 1] == '!';
            boolean goesOn = lowerCase && length >= width * 0.75 || !exclamation && length + 1 + (wordEnd - word) > width;
            if (goesOn && ".:;!?".indexOf(last) < 0 && next[1] > next[0] && l[2] < chars.length) {
                chars[l[2]] = ' ';
            }
        }
    }

    private static final String LATIN = "ABCEHKMOPTXaceopxy";
    private static final String CYRILLIC = "АВСЕНКМОРТХасеорху";

    /**
     * "Mинистерство" typed with a Latin M (or pasted from a font that mixed alphabets): in a word
     * that has Cyrillic letters, a Latin letter that looks like a Cyrillic one is that one. One
     * character for one, so offsets stay.
     */
    private static void cyrillicLookAlikes(char[] chars) {
        int i = 0;
        while (i < chars.length) {
            if (!Character.isLetter(chars[i])) {
                i++;
                continue;
            }
            int end = i;
            boolean cyrillic = false;
            boolean latin = false;
            while (end < chars.length && Character.isLetter(chars[end])) {
                Character.UnicodeBlock block = Character.UnicodeBlock.of(chars[end]);
                cyrillic |= block == Character.UnicodeBlock.CYRILLIC;
                latin |= chars[end] < 128;
                end++;
            }
            if (cyrillic && latin) {
                for (int j = i; j < end; j++) {
                    int at = LATIN.indexOf(chars[j]);
                    if (at >= 0) {
                        chars[j] = CYRILLIC.charAt(at);
                    }
                }
            }
            i = end;
        }
    }

    Line line(int index) {
        return lines.get(index);
    }

    int size() {
        return lines.size();
    }

    /** The next non-blank line at or after {@code index}, or -1. */
    int nextFilled(int index) {
        for (int i = index; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the line that holds the character at {@code offset}. */
    int lineAt(int offset) {
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStart(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private int lineStart(int index) {
        // where the raw line begins: one past the previous line break
        return index == 0 ? 0 : text.lastIndexOf('\n', lines.get(index).start() - 1) + 1;
    }

    /** Lines {@code from}..{@code to} (exclusive) joined by single spaces, blanks skipped. */
    String joined(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            String t = lines.get(i).text();
            if (!t.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(t);
            }
        }
        return spaced(out.toString());
    }

    /** Runs of spaces as one; a word split by a hyphen at a line end stays split (we cannot tell "как-то"). */
    static String spaced(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

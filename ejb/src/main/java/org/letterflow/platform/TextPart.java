package org.letterflow.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a text shown with some words marked: a search hit's matching words, or the span a
 * field was recognised from. Text stays text — the page escapes it as any other value and wraps
 * the marked parts in {@code <mark>} — so no server code writes HTML from other people's letters,
 * and an API client gets the same structure instead of markup it would have to trust.
 */
public record TextPart(String text, boolean marked) {

    /** The whole text, nothing marked. */
    public static List<TextPart> plain(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new TextPart(text, false));
    }

    /** The text with the characters from {@code start} (inclusive) to {@code end} marked; a span outside the text marks nothing. */
    public static List<TextPart> span(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return plain(text);
        }
        List<TextPart> parts = new ArrayList<>(3);
        add(parts, text.substring(0, start), false);
        add(parts, text.substring(start, end), true);
        add(parts, text.substring(end), false);
        return List.copyOf(parts);
    }

    /**
     * A text whose marked words stand between the {@code open} and {@code close} characters (as
     * PostgreSQL's {@code ts_headline} returns them); an unclosed mark runs to the end.
     */
    public static List<TextPart> between(String text, char open, char close) {
        if (text == null) {
            return List.of();
        }
        List<TextPart> parts = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == (marked ? close : open)) {
                add(parts, piece.toString(), marked);
                piece.setLength(0);
                marked = !marked;
            } else if (c != open && c != close) {
                piece.append(c);
            }
        }
        add(parts, piece.toString(), marked);
        return List.copyOf(parts);
    }

    private static void add(List<TextPart> parts, String text, boolean marked) {
        if (!text.isEmpty()) {
            parts.add(new TextPart(text, marked));
        }
    }
}

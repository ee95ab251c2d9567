package org.letterflow.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.platform.Text;

/**
 * How a journal writes its numbers: literals and tokens. {@code {seq}} is the sequence number in
 * the year, {@code {seq:N}} the same zero-padded to N digits, {@code {yy}} and {@code {yyyy}} the
 * year. {@code 57-{seq:4}} gives 57-0144, {@code {seq}/{yy}-Д} gives 1871/23-Д.
 */
@Embeddable
public class NumberTemplate {

    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::(\\d+))?}");

    @Column(name = "number_template", nullable = false)
    private String pattern;

    protected NumberTemplate() {
    }

    private NumberTemplate(String pattern) {
        this.pattern = pattern;
    }

    /** A checked template; an unknown token or no {seq} at all is a mistake of the one who typed it. */
    public static NumberTemplate of(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException(Text.NUMBER_TEMPLATE_MISSING.format());
        }
        String trimmed = pattern.strip();
        if (trimmed.length() > 100) {
            throw new IllegalArgumentException(Text.NUMBER_TEMPLATE_TOO_LONG.format());
        }
        int sequences = 0;
        Matcher m = TOKEN.matcher(trimmed);
        while (m.find()) {
            switch (m.group(1)) {
                case "seq" -> {
                    sequences++;
                    if (m.group(2) != null && (Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 9)) {
                        throw new IllegalArgumentException(Text.NUMBER_TEMPLATE_WIDTH.format());
                    }
                }
                case "yy", "yyyy" -> {
                    if (m.group(2) != null) {
                        throw new IllegalArgumentException(Text.NUMBER_TEMPLATE_NO_WIDTH.format(m.group(1)));
                    }
                }
                default -> throw new IllegalArgumentException(Text.NUMBER_TEMPLATE_UNKNOWN_TOKEN.format(m.group()));
            }
        }
        if (sequences != 1) {
            throw new IllegalArgumentException(Text.NUMBER_TEMPLATE_ONE_SEQUENCE.format());
        }
        String literals = TOKEN.matcher(trimmed).replaceAll("");
        if (literals.contains("{") || literals.contains("}")) {
            throw new IllegalArgumentException(Text.NUMBER_TEMPLATE_BRACES.format());
        }
        return new NumberTemplate(trimmed);
    }

    /** A year's numbers around their sequence (see {@link NumberAffixes}). */
    public NumberAffixes around(int year) {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        StringBuilder out = before;
        int width = 0;
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        while (m.find()) {
            out.append(pattern, last, m.start());
            switch (m.group(1)) {
                case "seq" -> {
                    width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    out = after;
                }
                case "yy" -> out.append(String.format("%02d", year % 100));
                default -> out.append(year);
            }
            last = m.end();
        }
        out.append(pattern.substring(last));
        return new NumberAffixes(before.toString(), width, after.toString());
    }

    public String format(long sequence, int year) {
        return around(year).with(sequence);
    }

    /**
     * A regular expression (the same in Java and PostgreSQL) matching exactly the numbers this
     * template writes, with the sequence and the year as groups: how numbers kept from an imported
     * journal are recognised as numbers of this journal's sequence, so that new registrations go
     * on after them instead of repeating them.
     */
    public NumberPattern numberPattern() {
        StringBuilder regex = new StringBuilder("^");
        int group = 0;
        int seq = 0;
        int yy = 0;
        int yyyy = 0;
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        while (m.find()) {
            literal(regex, pattern.substring(last, m.start()));
            group++;
            switch (m.group(1)) {
                case "seq" -> {
                    seq = group;
                    regex.append(m.group(2) == null ? "([1-9][0-9]{0,17})"
                            : "([0-9]{" + m.group(2) + "}|[1-9][0-9]{" + m.group(2) + ",17})");
                }
                case "yy" -> {
                    yy = group;
                    regex.append("([0-9]{2})");
                }
                default -> {
                    yyyy = group;
                    regex.append("([0-9]{4})");
                }
            }
            last = m.end();
        }
        literal(regex, pattern.substring(last));
        return new NumberPattern(regex.append('$').toString(), seq, yy, yyyy);
    }

    private static void literal(StringBuilder regex, String text) {
        for (char c : text.toCharArray()) {
            if (c < 128 && !Character.isLetterOrDigit(c)) {
                regex.append('\\');
            }
            regex.append(c);
        }
    }

    /** The tokens and literals, for showing the template to a person. */
    public List<String> parts() {
        List<String> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(pattern.substring(last, m.start()));
            }
            parts.add(m.group());
            last = m.end();
        }
        if (last < pattern.length()) {
            parts.add(pattern.substring(last));
        }
        return parts;
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberTemplate other && Objects.equals(pattern, other.pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pattern);
    }

    @Override
    public String toString() {
        return pattern;
    }
}

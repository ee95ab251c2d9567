package org.letterflow.extraction.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sender: the letterhead's blocks (the body, then its department) joined into one name, in
 * ordinary case when the letterhead is set in capitals. Where a letter has no letterhead (a form
 * printed on plain paper), the first organisation the body names in the nominative, or the one
 * the signatory's position belongs to.
 */
final class Letterhead {

    /** Address, phone, e-mail and register lines under a letterhead. */
    static final Pattern CONTACT = Pattern.compile(
            "(?iu)(?:^|\\s|,)(?:ул\\.|д\\.|пр\\.|пр-т|тел\\.?|тел/факс|факс|e-?mail|эл\\.\\s?почта|инн|огрн|окпо|кпп|http|www\\.)"
                    + "|\\b\\d{6}\\b|@");
    private static final Pattern BODY = Pattern.compile("(?:Министерство|Департамент|Управление|Комитет|Администрация"
            + "|Правительство|Агентство|Служба|Отдел|Инспекция)\\s[^.;:!?«»()\\n]{3,160}?(?:области|края|Федерации|округа"
            + "|района|Республики\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?|города\\s+\\p{Lu}[\\p{L}-]+|России)");
    private static final Pattern BODY_START = Pattern.compile("(?iu)^(?:министерство|департамент|комитет|управление"
            + "|отдел|администрация|мэрия|правительство|агентство|служба|инспекция)(?![\\p{L}])");
    private static final Pattern POSITION_START = Pattern.compile("^" + Names.POSITION_START,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSITION = Pattern.compile("^" + Names.POSITION_START + "\\S*\\s+\\p{Ll}+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MINISTER = Pattern.compile("(?iu)министра\\s+([^,]{3,160})$");
    /** Words written with a capital inside a name: the state, the regions, the cities. */
    private static final Set<String> PROPER = Set.of("российской", "федерации", "россии", "республики", "республика",
            "москвы", "санкт-петербурга", "севастополя");
    private static final Pattern REGION_ADJECTIVE = Pattern.compile("(?iu)\\p{L}+(?:ской|цкой|ского|цкого|ский|цкий|ская|цкая)");
    private static final Pattern REGION_NOUN = Pattern.compile("(?iu)области|края|округа|района|республики|автономного");
    private static final Set<String> CAPITALISING = Set.of("республики", "республика", "города", "г.");

    /** A sender named in the text; {@code fromSignatory} when only the signatory's position names it. */
    record Mention(String name, int start, int end, boolean fromSignatory) {
    }

    private Letterhead() {
    }

    /** The sender from the letterhead in lines 0..end, or null when there is none. */
    static String sender(LetterText text, int end) {
        return sender(text, 0, end);
    }

    /** The sender from the letterhead in lines start..end, or null when there is none. */
    static String sender(LetterText text, int start, int end) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (int i = start; i <= end; i++) {
            String line = i < end ? text.line(i).text() : "";
            boolean skip = line.startsWith("(") && line.endsWith(")") || CONTACT.matcher(line).find()
                    || line.matches("(?iu)г\\.?");
            // "АДМИНИСТРАЦИЯ ГОРОДА ТОМСКА / ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ": a body under a body starts a part of its own
            boolean newBody = !block.isEmpty() && (BODY_START.matcher(line).find() || POSITION_START.matcher(line).find());
            if ((line.isEmpty() || newBody) && !block.isEmpty()) {
                blocks.add(ordinaryCase(LetterText.spaced(block.toString()).replaceAll("[,.;]$", "")));
                block.setLength(0);
            }
            if (!line.isEmpty() && !skip) {
                block.append(block.isEmpty() ? "" : " ").append(line);
            }
        }
        // a block that is a position ("ЗАМЕСТИТЕЛЬ МИНИСТРА") names who writes, not the sender
        blocks.removeIf(b -> b.length() < 4 || !Character.isLetter(b.charAt(0)) || POSITION.matcher(b).find());
        return blocks.isEmpty() ? null : String.join(", ", blocks);
    }

    /**
     * The organisation that names itself before a heading's number ("Комитет по образованию №01-16-…"),
     * or null when the words there are not a body's name ("Письмо Минобрнауки РТ" names a kind of document).
     */
    static String organisation(String beforeNumber) {
        String name = LetterText.spaced(beforeNumber.replaceAll("[<>]", " ")).replaceAll("(?iu)\\s*(?:от|исх\\.?)$", "").strip();
        return BODY_START.matcher(name).find() && name.length() >= 8 ? name : null;
    }

    static Mention fromBody(LetterText text, int bodyStart, Signature signature) {
        int from = bodyStart < text.size() ? text.line(bodyStart).start() : text.text.length();
        int to = signature.line() >= 0 ? text.line(signature.line()).start() : text.text.length();
        Matcher m = BODY.matcher(text.text).region(from, Math.max(from, to));
        if (m.find()) {
            return new Mention(LetterText.spaced(m.group()), m.start(), m.end(), false);
        }
        if (signature.signatory() != null) {
            // "Заместитель министра образования и науки Республики Татарстан" → that ministry
            Matcher minister = MINISTER.matcher(signature.signatory().position());
            if (minister.find()) {
                return new Mention("Министерство " + minister.group(1), signature.span().start(), signature.span().end(), true);
            }
        }
        return null;
    }

    /** Whether a sender's name begins with a body's ("Министерство …", "Комитет …"), as a letterhead's should. */
    static boolean namesBody(String sender) {
        return BODY_START.matcher(sender).find();
    }

    static boolean isUpperCase(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper * 10 >= letters * 9;
    }

    /** "МИНИСТЕРСТВО ОБРАЗОВАНИЯ ИРКУТСКОЙ ОБЛАСТИ" → "Министерство образования Иркутской области". */
    static String ordinaryCase(String name) {
        if (!isUpperCase(name)) {
            return name;
        }
        String[] words = name.toLowerCase(new Locale("ru")).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean first = i == 0;
            boolean proper = PROPER.contains(w.replaceAll("\\p{P}", ""));
            boolean regionAdjective = i + 1 < words.length && REGION_ADJECTIVE.matcher(w).matches()
                    && REGION_NOUN.matcher(words[i + 1].replaceAll("\\p{P}", "")).matches() && !w.equals("муниципального");
            boolean named = i > 0 && CAPITALISING.contains(words[i - 1]) && !REGION_NOUN.matcher(w).matches();
            if (first || proper || regionAdjective || named) {
                words[i] = capitalised(w);
            }
        }
        return String.join(" ", words);
    }

    private static String capitalised(String word) {
        int at = word.startsWith("«") || word.startsWith("\"") || word.startsWith("(") ? 1 : 0;
        return at >= word.length() ? word : word.substring(0, at) + Character.toUpperCase(word.charAt(at)) + word.substring(at + 1);
    }
}

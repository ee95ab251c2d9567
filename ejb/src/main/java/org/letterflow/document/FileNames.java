package org.letterflow.document;

import org.letterflow.platform.Text;

/** File names as clients send them, made safe to store and to hand back in a download. */
public final class FileNames {

    static final int MAX = 200;

    private FileNames() {
    }

    /**
     * Browsers and curl send a multipart file name as raw UTF-8, which the HTTP layer reads as
     * ISO-8859-1 ("Ð¿Ð¸ÑÑÐ¼Ð¾"); such a name is decoded again, any other is left as it is.
     */
    public static String fromMultipartHeader(String name) {
        if (name == null || name.chars().anyMatch(c -> c > 0xFF) || name.chars().noneMatch(c -> c >= 0x80)) {
            return name;
        }
        byte[] raw = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return name;
        }
    }

    /**
     * The last path element, without control characters, never empty, at most 200 characters.
     * Invisible format characters go too: a right-to-left override shows "счётexe.pdf" for a file
     * that is really "счёт\u202Efdp.exe", and zero-width ones hide what the name says; without
     * them the name reads as it is and its real extension is the one seen.
     */
    public static String sanitise(String name) {
        String base = name == null ? "" : name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints().filter(cp -> !Character.isISOControl(cp) && !invisible(cp) && cp != '"' && cp != ':' && cp != '*'
                        && cp != '?' && cp != '<' && cp != '>' && cp != '|')
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isBlank()) {
            return Text.FILE_UNNAMED.format();
        }
        if (result.length() > MAX) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX - extension.length()) + extension;
        }
        return result;
    }

    /**
     * Unicode's format characters (category Cf: the bidirectional embeddings, overrides and
     * isolates U+202A–U+202E, U+2066–U+2069, the marks U+200E/U+200F, zero-width spaces and joiners,
     * the soft hyphen, U+FEFF) and the line and paragraph separators.
     */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}

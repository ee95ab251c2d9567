package org.letterflow.registration.control;

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

    /** The last path element, without control characters, never empty, at most 200 characters. */
    public static String sanitise(String name) {
        String base = name == null ? "" : name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints().filter(cp -> !Character.isISOControl(cp) && cp != '"' && cp != ':' && cp != '*'
                        && cp != '?' && cp != '<' && cp != '>' && cp != '|')
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isBlank()) {
            return "файл";
        }
        if (result.length() > MAX) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX - extension.length()) + extension;
        }
        return result;
    }
}

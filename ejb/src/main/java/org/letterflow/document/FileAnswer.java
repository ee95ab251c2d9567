package org.letterflow.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * How a stored file is handed to a browser, decided in this one place for every download (the
 * session's {@code /files/…} and the API's file contents): files come from other organisations and
 * are hostile until proven otherwise, so none may ever run as a page of the application. Only a
 * short list of inert types is shown inline; HTML, SVG, XHTML, XML and everything else is a
 * download. Every answer forbids type sniffing and, but for an inline PDF, carries a CSP sandbox,
 * so even a file opened by its address runs no script on our origin.
 *
 * @param contentType        the Content-Type to send
 * @param contentDisposition RFC 6266, the name in {@code filename*} (UTF-8) and an ASCII fallback
 * @param contentSecurityPolicy the policy of the file's own document
 */
public record FileAnswer(String contentType, String contentDisposition, String contentSecurityPolicy) {

    public static final String NOSNIFF = "nosniff";

    /** What a browser may show in place: pictures that cannot carry script, PDF, plain text. */
    private static final Set<String> INERT = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "image/bmp", "text/plain");

    /** No script, no plugin, no form, no same-origin: the file's document is an opaque stranger. */
    static final String SANDBOX = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

    /**
     * Chrome shows a PDF with a plugin, and a sandboxed document may not load plugins (no
     * {@code allow-} token lifts that: whatwg/html#3958), so a sandbox would blank the letter card's
     * preview. The viewer runs a PDF's script in its own sandbox, never in our pages; the PDF may
     * still only be framed by our own pages.
     */
    static final String PDF = "default-src 'none'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

    /**
     * @param mediaType   the type the file was stored with (detected by content), may be null
     * @param fileName    the (sanitised) name to offer
     * @param inlineAsked whether the link asked to show the file in place (a preview)
     */
    public static FileAnswer of(String mediaType, String fileName, boolean inlineAsked) {
        String type = essence(mediaType);
        boolean inline = inlineAsked && INERT.contains(type);
        String contentType = "text/plain".equals(type) ? "text/plain; charset=UTF-8"
                : type.isEmpty() ? "application/octet-stream" : mediaType;
        String policy = inline && "application/pdf".equals(type) ? PDF : SANDBOX;
        return new FileAnswer(contentType, contentDisposition(fileName, inline), policy);
    }

    /** The Content-Disposition of a file: the name survives Cyrillic and cannot break the header. */
    public static String contentDisposition(String name, boolean inline) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** "Text/HTML; charset=x" → "text/html"; parameters never decide what a file is. */
    private static String essence(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}

package org.letterflow.document;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * A file answered to a program (a JAX-RS response) or to a person's page (the servlet response):
 * the same headers for both, as {@link FileAnswer} decides for every download.
 */
public final class Download {

    private Download() {
    }

    /** A file through the API. */
    public static Response response(byte[] bytes, String mediaType, String name, boolean inline) {
        FileAnswer answer = FileAnswer.of(mediaType, name, inline);
        return Response.ok(bytes, answer.contentType())
                .header("Content-Disposition", answer.contentDisposition())
                .header("Content-Security-Policy", answer.contentSecurityPolicy())
                .header("X-Content-Type-Options", FileAnswer.NOSNIFF)
                .build();
    }

    /** A file for the signed-in person's browser. */
    public static void write(HttpServletResponse response, byte[] bytes, String type, String name, boolean inline)
            throws IOException {
        headers(response, FileAnswer.of(type, name, inline));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The headers of a file the caller writes itself (a streamed export). */
    public static void headers(HttpServletResponse response, FileAnswer answer) {
        response.setContentType(answer.contentType());
        response.setHeader("Content-Disposition", answer.contentDisposition());
        response.setHeader("Content-Security-Policy", answer.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", FileAnswer.NOSNIFF);
    }
}

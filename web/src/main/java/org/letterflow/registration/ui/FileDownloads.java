package org.letterflow.registration.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.platform.BusinessException;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.boundary.LettersResource;

/**
 * Files for the signed-in person's browser (the session, not HTTP Basic): attachments, the
 * stamped copy, the registration card. The same access rules as the API, through the facade.
 */
@WebServlet("/files/*")
public class FileDownloads extends HttpServlet {

    private static final Pattern ATTACHMENT = Pattern.compile("/letters/(\\d+)/attachments/(\\d+)");
    private static final Pattern CARD = Pattern.compile("/letters/(\\d+)/card\\.pdf");

    @Inject
    Letters letters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean inline = request.getParameter("inline") != null;
        try {
            Matcher attachment = ATTACHMENT.matcher(path);
            Matcher card = CARD.matcher(path);
            if (attachment.matches()) {
                AttachmentContent content = letters.content(Long.parseLong(attachment.group(1)),
                        Long.parseLong(attachment.group(2)), request.getParameter("stamped") != null);
                send(response, content.bytes(), content.mediaType(), content.fileName(), inline);
            } else if (card.matches()) {
                send(response, letters.card(Long.parseLong(card.group(1))), "application/pdf",
                        "карточка-" + card.group(1) + ".pdf", true);
            } else {
                response.sendError(404);
            }
        } catch (BusinessException e) {
            response.sendError(e.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    private static void send(HttpServletResponse response, byte[] bytes, String type, String name, boolean inline)
            throws IOException {
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", LettersResource.contentDisposition(name, inline));
        response.getOutputStream().write(bytes);
    }
}

package org.letterflow.document;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.letterflow.platform.BusinessException;

/**
 * Files for the signed-in person's browser (the session, not HTTP Basic): attachments, the
 * stamped copy, the registration card, the files of a letter delivered to us and of task reports, the approval sheet, the letter a task is about (for its
 * assignee), the chain's export, the printed registration journal. The component that owns a file
 * serves it ({@link PageDownload}), with the same access rules as the API, through its facade.
 */
@WebServlet("/files/*")
public class FileDownloads extends HttpServlet {

    @Inject
    Instance<PageDownload> downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            for (PageDownload download : downloads) {
                if (download.serve(path, request, response)) {
                    return;
                }
            }
            response.sendError(404);
        } catch (BusinessException e) {
            response.sendError(e.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
        }
    }
}

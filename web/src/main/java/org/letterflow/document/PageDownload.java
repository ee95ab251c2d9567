package org.letterflow.document;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The files of one component for the signed-in person's browser, under /files (see
 * {@link FileDownloads}): each component serves its own, through its facade, under the same
 * access rules as its API.
 */
public interface PageDownload {

    /**
     * Writes the file {@code path} (below /files) names, if it is one of this component's.
     *
     * @return false when the path is not this component's
     */
    boolean serve(String path, HttpServletRequest request, HttpServletResponse response) throws IOException;
}

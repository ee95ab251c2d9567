package org.letterflow.tasks.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.document.Download;
import org.letterflow.document.PageDownload;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.tasks.boundary.Tasks;

/** A task's report files, and the letter a task is about for an assignee in an organisation below the letter's. */
@ApplicationScoped
public class TaskDownloads implements PageDownload {

    private static final Pattern REPORT_FILE = Pattern.compile("/tasks/(\\d+)/files/(\\d+)");
    private static final Pattern TASK_LETTER_FILE = Pattern.compile("/tasks/(\\d+)/letter/attachments/(\\d+)");

    @Inject
    Tasks tasks;

    @Override
    public boolean serve(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean inline = request.getParameter("inline") != null;
        Matcher reportFile = REPORT_FILE.matcher(path);
        Matcher taskLetterFile = TASK_LETTER_FILE.matcher(path);
        AttachmentContent content;
        if (taskLetterFile.matches()) {
            content = tasks.letterFile(Long.parseLong(taskLetterFile.group(1)), Long.parseLong(taskLetterFile.group(2)));
        } else if (reportFile.matches()) {
            content = tasks.reportFile(Long.parseLong(reportFile.group(1)), Long.parseLong(reportFile.group(2)));
        } else {
            return false;
        }
        Download.write(response, content.bytes(), content.mediaType(), content.fileName(), inline);
        return true;
    }
}

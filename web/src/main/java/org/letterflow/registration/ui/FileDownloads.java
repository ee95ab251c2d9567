package org.letterflow.registration.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.forwarding.boundary.ChainExport;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.tasks.boundary.Tasks;
import org.letterflow.platform.BusinessException;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.JournalExport;
import org.letterflow.registration.boundary.Journals;
import org.letterflow.registration.control.PrintedJournal;
import org.letterflow.registration.entity.JournalPeriod;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.document.FileAnswer;

/**
 * Files for the signed-in person's browser (the session, not HTTP Basic): attachments, the
 * stamped copy, the registration card, the files of a letter delivered to us and of task reports, the approval sheet, the letter a task is about (for its
 * assignee), the chain's export, the printed registration journal. The same access rules as the API, through the facade.
 */
@WebServlet("/files/*")
public class FileDownloads extends HttpServlet {

    private static final Pattern ATTACHMENT = Pattern.compile("/letters/(\\d+)/attachments/(\\d+)");
    private static final Pattern DELIVERED = Pattern.compile("/deliveries/(\\d+)/attachments/(\\d+)");
    private static final Pattern REPORT_FILE = Pattern.compile("/tasks/(\\d+)/files/(\\d+)");
    private static final Pattern CHAIN = Pattern.compile("/letters/(\\d+)/chain\\.csv");
    private static final Pattern CARD = Pattern.compile("/letters/(\\d+)/card\\.pdf");
    private static final Pattern SHEET = Pattern.compile("/letters/(\\d+)/approval-sheet\\.pdf");
    private static final Pattern JOURNAL = Pattern.compile("/journals/(\\d+)/print\\.(pdf|xlsx)");
    // the letter a task is about, for an assignee in an organisation below the letter's
    private static final Pattern TASK_LETTER_FILE = Pattern.compile("/tasks/(\\d+)/letter/attachments/(\\d+)");

    @Inject
    Letters letters;

    @Inject
    Deliveries deliveries;

    @Inject
    Journals journals;

    @Inject
    Tasks tasks;

    @Inject
    Approvals approvals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean inline = request.getParameter("inline") != null;
        try {
            Matcher attachment = ATTACHMENT.matcher(path);
            Matcher card = CARD.matcher(path);
            Matcher delivered = DELIVERED.matcher(path);
            Matcher chain = CHAIN.matcher(path);
            Matcher reportFile = REPORT_FILE.matcher(path);
            Matcher sheet = SHEET.matcher(path);
            Matcher taskLetterFile = TASK_LETTER_FILE.matcher(path);
            Matcher journal = JOURNAL.matcher(path);
            if (journal.matches()) {
                JournalPeriod period;
                try {
                    period = JournalPeriod.parse(request.getParameter("from"), request.getParameter("to"));
                } catch (BusinessException e) {
                    // a bad period in a typed address is the address's fault, not a journal that is not there
                    response.sendError(400, e.getMessage());
                    return;
                }
                PrintedJournal print = journals.printed(Long.parseLong(journal.group(1)), period);
                boolean pdf = journal.group(2).equals("pdf");
                send(response, pdf ? JournalExport.pdf(print) : JournalExport.xlsx(print),
                        pdf ? "application/pdf" : JournalExport.XLSX,
                        JournalExport.fileName(print, period, journal.group(2)), pdf);
            } else if (sheet.matches()) {
                send(response, approvals.printed(Long.parseLong(sheet.group(1))), "application/pdf",
                        "лист-согласования-" + sheet.group(1) + ".pdf", true);
            } else if (taskLetterFile.matches()) {
                AttachmentContent content = tasks.letterFile(Long.parseLong(taskLetterFile.group(1)),
                        Long.parseLong(taskLetterFile.group(2)));
                send(response, content.bytes(), content.mediaType(), content.fileName(), inline);
            } else if (reportFile.matches()) {
                AttachmentContent content = tasks.reportFile(Long.parseLong(reportFile.group(1)),
                        Long.parseLong(reportFile.group(2)));
                send(response, content.bytes(), content.mediaType(), content.fileName(), inline);
            } else if (chain.matches()) {
                long letter = Long.parseLong(chain.group(1));
                var rows = deliveries.chainRows(letter);
                headers(response, FileAnswer.of("text/csv; charset=UTF-8", "цепочка-" + letter + ".csv", false));
                ChainExport.csv(rows, letters.find(letter).getOrganisation().getTimeZone(), request.getLocale())
                        .write(response.getOutputStream());
            } else if (delivered.matches()) {
                AttachmentContent content = deliveries.content(Long.parseLong(delivered.group(1)),
                        Long.parseLong(delivered.group(2)));
                send(response, content.bytes(), content.mediaType(), content.fileName(), inline);
            } else if (attachment.matches()) {
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
        headers(response, FileAnswer.of(type, name, inline));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** As {@link FileAnswer} decides for every download, the API's included. */
    private static void headers(HttpServletResponse response, FileAnswer answer) {
        response.setContentType(answer.contentType());
        response.setHeader("Content-Disposition", answer.contentDisposition());
        response.setHeader("Content-Security-Policy", answer.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", FileAnswer.NOSNIFF);
    }
}

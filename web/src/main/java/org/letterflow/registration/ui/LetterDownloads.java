package org.letterflow.registration.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.document.Download;
import org.letterflow.document.PageDownload;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.JournalExport;
import org.letterflow.registration.boundary.JournalPrints;
import org.letterflow.registration.boundary.LetterFiles;
import org.letterflow.registration.control.PrintedJournal;
import org.letterflow.registration.entity.JournalPeriod;

/** A letter's attachments (and their stamped copies), its registration card, and the printed journal. */
@ApplicationScoped
public class LetterDownloads implements PageDownload {

    private static final Pattern ATTACHMENT = Pattern.compile("/letters/(\\d+)/attachments/(\\d+)");
    private static final Pattern CARD = Pattern.compile("/letters/(\\d+)/card\\.pdf");
    private static final Pattern JOURNAL = Pattern.compile("/journals/(\\d+)/print\\.(pdf|xlsx)");

    @Inject
    LetterFiles files;

    @Inject
    JournalPrints prints;

    @Override
    public boolean serve(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean inline = request.getParameter("inline") != null;
        Matcher attachment = ATTACHMENT.matcher(path);
        Matcher card = CARD.matcher(path);
        Matcher journal = JOURNAL.matcher(path);
        if (journal.matches()) {
            JournalPeriod period;
            try {
                period = JournalPeriod.parse(request.getParameter("from"), request.getParameter("to"));
            } catch (BusinessException e) {
                // a bad period in a typed address is the address's fault, not a journal that is not there
                response.sendError(400, e.getMessage());
                return true;
            }
            PrintedJournal print = prints.printed(Long.parseLong(journal.group(1)), period);
            boolean pdf = journal.group(2).equals("pdf");
            Download.write(response, pdf ? JournalExport.pdf(print) : JournalExport.xlsx(print),
                    pdf ? "application/pdf" : JournalExport.XLSX,
                    JournalExport.fileName(print, period, journal.group(2)), pdf);
        } else if (attachment.matches()) {
            AttachmentContent content = files.content(Long.parseLong(attachment.group(1)),
                    Long.parseLong(attachment.group(2)), request.getParameter("stamped") != null);
            Download.write(response, content.bytes(), content.mediaType(), content.fileName(), inline);
        } else if (card.matches()) {
            Download.write(response, files.card(Long.parseLong(card.group(1))), "application/pdf",
                    Text.CARD_FILE_NAME.format(card.group(1)), true);
        } else {
            return false;
        }
        return true;
    }
}

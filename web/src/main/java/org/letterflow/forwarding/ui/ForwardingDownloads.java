package org.letterflow.forwarding.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.document.Download;
import org.letterflow.document.FileAnswer;
import org.letterflow.document.PageDownload;
import org.letterflow.forwarding.boundary.ChainExport;
import org.letterflow.forwarding.boundary.Chains;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.platform.Text;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.Letters;

/** The files of a letter delivered to us, and the export of a letter's chain. */
@ApplicationScoped
public class ForwardingDownloads implements PageDownload {

    private static final Pattern DELIVERED = Pattern.compile("/deliveries/(\\d+)/attachments/(\\d+)");
    private static final Pattern CHAIN = Pattern.compile("/letters/(\\d+)/chain\\.csv");

    @Inject
    Deliveries deliveries;

    @Inject
    Chains chains;

    @Inject
    Letters letters;

    @Override
    public boolean serve(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher delivered = DELIVERED.matcher(path);
        Matcher chain = CHAIN.matcher(path);
        if (chain.matches()) {
            long letter = Long.parseLong(chain.group(1));
            var rows = chains.chainRows(letter);
            Download.headers(response, FileAnswer.of("text/csv; charset=UTF-8", Text.CHAIN_FILE_NAME.format(letter), false));
            ChainExport.csv(rows, letters.summary(letter).timeZone(), request.getLocale())
                    .write(response.getOutputStream());
        } else if (delivered.matches()) {
            AttachmentContent content = deliveries.content(Long.parseLong(delivered.group(1)),
                    Long.parseLong(delivered.group(2)));
            Download.write(response, content.bytes(), content.mediaType(), content.fileName(),
                    request.getParameter("inline") != null);
        } else {
            return false;
        }
        return true;
    }
}

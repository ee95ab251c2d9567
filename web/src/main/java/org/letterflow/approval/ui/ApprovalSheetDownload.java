package org.letterflow.approval.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.document.Download;
import org.letterflow.document.PageDownload;
import org.letterflow.platform.Text;

/** The letter's printed approval sheet. */
@ApplicationScoped
public class ApprovalSheetDownload implements PageDownload {

    private static final Pattern SHEET = Pattern.compile("/letters/(\\d+)/approval-sheet\\.pdf");

    @Inject
    Approvals approvals;

    @Override
    public boolean serve(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher sheet = SHEET.matcher(path);
        if (!sheet.matches()) {
            return false;
        }
        Download.write(response, approvals.printed(Long.parseLong(sheet.group(1))), "application/pdf",
                Text.APPROVAL_SHEET_FILE_NAME.format(sheet.group(1)), true);
        return true;
    }
}

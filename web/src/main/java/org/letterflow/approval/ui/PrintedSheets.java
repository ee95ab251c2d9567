package org.letterflow.approval.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.extraction.ui.ApprovalSheetRead;

/** Keeps an approval sheet printed in a registered letter as the letter's historical round. */
@ApplicationScoped
public class PrintedSheets {

    @Inject
    Approvals approvals;

    void keep(@Observes ApprovalSheetRead read) {
        approvals.keepPrinted(read.letterId(), read.sheet());
    }
}

package org.letterflow.extraction.ui;

import org.letterflow.extraction.entity.PrintedApprovalSheet;

/** A saved letter's text carried a printed approval sheet; the approval component keeps it. */
public record ApprovalSheetRead(long letterId, PrintedApprovalSheet sheet) {
}

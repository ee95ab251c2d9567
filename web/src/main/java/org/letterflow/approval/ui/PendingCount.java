package org.letterflow.approval.ui;

import org.letterflow.approval.control.ApprovalListing;
import org.letterflow.platform.ListSort;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.platform.ui.MenuCount;

/** Letters waiting for the caller's decision («На согласовании 3»). */
@Dependent
public class PendingCount implements MenuCount {

    @Inject
    Approvals approvals;

    @Override
    public String name() {
        return "pending";
    }

    @Override
    public long count() {
        return approvals.pending(ApprovalListing.ALL, ListSort.NONE, 0, 1).total();
    }
}

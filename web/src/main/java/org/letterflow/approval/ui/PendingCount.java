package org.letterflow.approval.ui;

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
        return approvals.pending().size();
    }
}

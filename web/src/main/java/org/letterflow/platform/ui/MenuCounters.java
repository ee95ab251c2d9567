package org.letterflow.platform.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.tasks.boundary.Tasks;

/**
 * The numbers beside the menu, as Directum and 1С users expect them: letters waiting for the
 * caller's decision («На согласовании 3»), letters sent to the organisation not yet registered
 * («Входящие 5»), the caller's due dates gone by, and the unread reminders on the bell. Each is one
 * count per page, read only when the page shows it.
 */
@Named
@RequestScoped
public class MenuCounters {

    @Inject
    Approvals approvals;

    @Inject
    Deliveries deliveries;

    @Inject
    Tasks tasks;

    private Long pending;
    private Long arrived;
    private Long overdue;
    private Long unread;

    public long getPending() {
        if (pending == null) {
            pending = (long) approvals.pending().size();
        }
        return pending;
    }

    public long getArrived() {
        if (arrived == null) {
            arrived = deliveries.inbox(DeliveryState.DELIVERED, 0, 1).total();
        }
        return arrived;
    }

    public long getOverdue() {
        if (overdue == null) {
            overdue = tasks.overdue();
        }
        return overdue;
    }

    public long getUnread() {
        if (unread == null) {
            unread = tasks.unreadNotices();
        }
        return unread;
    }

    /** " 3" after a menu entry's name, nothing for none. */
    public static String suffix(long count) {
        return count == 0 ? "" : " " + count;
    }

    public String getPendingSuffix() {
        return suffix(getPending());
    }

    public String getOverdueSuffix() {
        return suffix(getOverdue());
    }

    public String getArrivedSuffix() {
        return suffix(getArrived());
    }
}

package org.letterflow.tasks.ui;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.letterflow.platform.ui.MenuCount;
import org.letterflow.tasks.boundary.Notices;

/** The unread reminders on the bell. */
@Dependent
public class UnreadCount implements MenuCount {

    @Inject
    Notices notices;

    @Override
    public String name() {
        return "unread";
    }

    @Override
    public long count() {
        return notices.unreadNotices();
    }
}

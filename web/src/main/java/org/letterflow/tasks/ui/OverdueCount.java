package org.letterflow.tasks.ui;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.letterflow.platform.ui.MenuCount;
import org.letterflow.tasks.boundary.Tasks;

/** The caller's due dates gone by. */
@Dependent
public class OverdueCount implements MenuCount {

    @Inject
    Tasks tasks;

    @Override
    public String name() {
        return "overdue";
    }

    @Override
    public long count() {
        return tasks.overdue();
    }
}

package org.letterflow.forwarding.ui;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.platform.ui.MenuCount;

/** Letters sent to the caller's organisation and not yet registered («Входящие 5»). */
@Dependent
public class ArrivedCount implements MenuCount {

    @Inject
    Deliveries deliveries;

    @Override
    public String name() {
        return "arrived";
    }

    @Override
    public long count() {
        return deliveries.inbox(DeliveryState.DELIVERED, 0, 1).total();
    }
}

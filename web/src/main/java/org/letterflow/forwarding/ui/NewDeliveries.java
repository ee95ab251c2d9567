package org.letterflow.forwarding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.forwarding.boundary.DeliveryRow;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.entity.Letter;

/** Входящие: новые — letters sent to the organisation that its clerk has not registered yet. */
@Named
@ViewScoped
@ShowsProblems
public class NewDeliveries implements Serializable {

    private static final int SHOWN = 100;

    @Inject
    transient Deliveries deliveries;

    private transient List<DeliveryRow> rows;
    private long total;
    private Long returning;
    private String reason;

    public List<DeliveryRow> getRows() {
        if (rows == null) {
            var page = deliveries.inbox(DeliveryState.DELIVERED, 0, SHOWN);
            rows = page.items();
            total = page.total();
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    /** Registers the letter and opens its new card. */
    public String register(long deliveryId) {
        Letter incoming = deliveries.register(deliveryId, null, null);
        return "/letter?faces-redirect=true&id=" + incoming.getId();
    }

    public void startReturn(long deliveryId) {
        returning = deliveryId;
        reason = null;
    }

    public void giveBack() {
        deliveries.giveBack(returning, reason);
        returning = null;
        rows = null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

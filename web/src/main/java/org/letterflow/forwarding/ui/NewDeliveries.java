package org.letterflow.forwarding.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.forwarding.control.DeliveryRow;
import org.letterflow.forwarding.control.DeliveryListing;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.organisation.boundary.ListPreferences;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.organisation.ui.ListMemory;
import org.letterflow.organisation.ui.ListRows;
import org.letterflow.platform.ui.ShowsProblems;
import org.primefaces.component.datatable.DataTable;

/**
 * Новые поступления — letters sent to the organisation that its clerk has not registered yet:
 * sortable by column, filtered by the letter's date, sender and subject (DeliveryListing), paged, each
 * page a query of its own however many are waiting; the person's choice is remembered.
 */
@Named
@ViewScoped
@ShowsProblems
public class NewDeliveries implements Serializable {

    static final String LIST = "newDeliveries";

    @Inject
    transient Deliveries deliveries;

    @Inject
    transient ListPreferences preferences;

    private transient Long total;
    private Long returning;
    private String reason;
    private ListMemory memory;
    private DeliveryListing listing = DeliveryListing.read(java.util.Map.of());
    private ListRows<DeliveryRow> rows;

    @PostConstruct
    void init() {
        memory = new ListMemory(LIST, DeliveryListing.SORTABLE, preferences.of(LIST));
        try {
            listing = DeliveryListing.read(memory.getFilters());
        } catch (BusinessException stale) {
            preferences.remember(LIST, memory.cleared());
        }
        rows = new ListRows<>(this::page, field -> DeliveryListing.COLUMNS.sorts(field), DeliveryRow::id, memory,
                this::loaded);
    }

    void loaded(String field, boolean ascending, int pageSize) {
        if (memory.loaded(field, ascending, pageSize)) {
            preferences.remember(LIST, memory.choice());
        }
    }

    ResultPage<DeliveryRow> page(ListSort sort, int offset, int limit) {
        return deliveries.inbox(DeliveryState.DELIVERED, listing, sort, offset, limit);
    }

    public ListRows<DeliveryRow> getRows() {
        return rows;
    }

    /** All the deliveries waiting, whatever the filters (the panel shows while there is any). */
    public long getTotal() {
        if (total == null) {
            total = deliveries.inbox(DeliveryState.DELIVERED, 0, 1).total();
        }
        return total;
    }

    public ListMemory getMemory() {
        return memory;
    }

    public void applyFilters() {
        listing = DeliveryListing.read(memory.getFilters());
        preferences.remember(LIST, memory.filtered());
        firstPage();
    }

    public void clearFilters() {
        listing = DeliveryListing.read(java.util.Map.of());
        preferences.remember(LIST, memory.cleared());
        firstPage();
    }

    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":deliveries:rows");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** Registers the letter and opens its new card. */
    public String register(long deliveryId) {
        return "/letter?faces-redirect=true&id=" + deliveries.register(deliveryId, null, null);
    }

    public void startReturn(long deliveryId) {
        returning = deliveryId;
        reason = null;
    }

    public void giveBack() {
        deliveries.giveBack(returning, reason);
        returning = null;
        total = null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

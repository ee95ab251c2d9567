package org.letterflow.forwarding.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.forwarding.boundary.DeliveryView;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.platform.ui.ShowsProblems;

/**
 * A delivered letter as its recipient reads it before registering (delivery.xhtml?id=…): the
 * same view the API answers with, the sender's letter and its files read through registration.
 */
@Named
@ViewScoped
@ShowsProblems
public class DeliveryPage implements Serializable {

    @Inject
    transient Deliveries deliveries;

    private long id;
    private transient DeliveryView delivery;
    private String reason;

    @PostConstruct
    void init() {
        id = PageParameters.id("id", Text.DELIVERY_NOT_FOUND);
        getDelivery();
    }

    public DeliveryView getDelivery() {
        if (delivery == null) {
            delivery = DeliveryView.of(deliveries.find(id), deliveries.sentLetter(id));
        }
        return delivery;
    }

    public String register() {
        return "/letter?faces-redirect=true&id=" + deliveries.register(id, null, null);
    }

    public void giveBack() {
        deliveries.giveBack(id, reason);
        delivery = null;
    }

    public long getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

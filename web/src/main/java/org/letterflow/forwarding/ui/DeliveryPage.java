package org.letterflow.forwarding.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.forwarding.entity.Delivery;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Letter;

/** A delivered letter as its recipient reads it before registering (delivery.xhtml?id=…). */
@Named
@ViewScoped
@ShowsProblems
public class DeliveryPage implements Serializable {

    @Inject
    transient Deliveries deliveries;

    private long id;
    private transient Delivery delivery;
    private transient List<Attachment> attachments;
    private String reason;

    @PostConstruct
    void init() {
        id = PageParameters.id("id", Text.DELIVERY_NOT_FOUND);
        getDelivery();
    }

    public Delivery getDelivery() {
        if (delivery == null) {
            delivery = deliveries.find(id);
        }
        return delivery;
    }

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = deliveries.attachments(id);
        }
        return attachments;
    }

    public String register() {
        Letter incoming = deliveries.register(id, null, null);
        return "/letter?faces-redirect=true&id=" + incoming.getId();
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

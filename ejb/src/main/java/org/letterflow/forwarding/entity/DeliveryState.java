package org.letterflow.forwarding.entity;

/** Where a delivered letter stands at its recipient. */
public enum DeliveryState {
    /** In the recipient's inbox, not yet registered. */
    DELIVERED,
    /** Registered in the recipient's incoming journal under its own number. */
    REGISTERED,
    /** The recipient has taken note of it (ознакомлены). */
    ACKNOWLEDGED,
    /** The recipient has done what it asks (исполнено). */
    EXECUTED,
    /** Sent back unregistered, with a reason (misaddressed, not ours). */
    RETURNED
}

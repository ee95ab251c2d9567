package org.letterflow.organisation.boundary;

/** Fired inside the transaction that created an organisation, so other components can equip it. */
public record OrganisationCreated(long id) {
}

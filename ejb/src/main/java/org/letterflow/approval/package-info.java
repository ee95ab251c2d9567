/**
 * Approval of outgoing drafts: the route (stages of approvers, the signatory last), each
 * approver's decision once and in turn, rounds after rework, registration on signature, and the
 * printed "Лист согласования".
 */
package org.letterflow.approval;

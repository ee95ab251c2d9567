/**
 * Registration of incoming and outgoing letters: the organisation's journals and their numbers,
 * the letter's requisites and files, search, and the audit trail of everything done to a letter.
 */
package org.letterflow.registration;

/**
 * The organisation tree (ministry, regions, municipalities, schools), the people who work in it,
 * their roles, and who may see what: a user sees their own organisation and the organisations
 * below it, never a sibling's or a parent's documents.
 */
package org.letterflow.organisation;

/**
 * Reading a letter's requisites and the deadlines it imposes out of its text. So far: the
 * deadline finder; the requisite parser, the file pipeline (Tika, OCR), the CLI and the API
 * follow (issue 4).
 */
package org.letterflow.extraction;

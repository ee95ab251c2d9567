/**
 * The demo: the five seed letters registered at their organisations under their real numbers,
 * each with its text as a PDF. Runs only when letterflow.demo is true (the launcher's default);
 * production deployments never load it.
 */
package org.letterflow.demo;

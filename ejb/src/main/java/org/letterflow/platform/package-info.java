/**
 * What every business component stands on: the datasource and schema migration, the clock,
 * the business exception that boundaries turn into clear answers, and readiness.
 */
package org.letterflow.platform;

/**
 * The runnable application, {@code java -jar letterflow.jar}: starts an embedded PostgreSQL
 * (unless DB_URL names a server), then Payara Micro with the Letterflow WAR, which migrates its
 * schema itself. Configuration comes from environment variables only.
 */
package org.letterflow.launcher;

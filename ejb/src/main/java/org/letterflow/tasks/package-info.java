/**
 * Tasks: an executive's resolution on a letter, one task per assignee with a checkpoint per due
 * date, the assignee's reports, the controller's acceptance or return, extensions with a reason;
 * "Мои поручения", the iCalendar feed of due dates, and the execution-discipline report.
 */
package org.letterflow.tasks;

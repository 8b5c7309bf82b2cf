/** Work programmes, plans, dispatches, tasks, assignments, reports and the calendar. */
package vn.mattran.planning;

/** Roll-ups over the hierarchy, dashboards, charts and Excel exports. */
package vn.mattran.reporting;

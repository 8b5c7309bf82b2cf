/** Public pages: drives, totals, searchable donation lists, disclosure reports and ledger verification. */
package vn.mattran.transparency;

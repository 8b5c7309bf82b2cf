/** The "Vì người nghèo" fund: drives, donations, receipts, the ledger, transfers and disbursements. */
package vn.mattran.fund;

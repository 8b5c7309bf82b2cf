/** The fund's pages: funds and balances, drives and targets, donations and receipts, payments, transfers and the ledger. */
package vn.mattran.fund.web;

/** The registry of poor, near-poor, hardship and policy households, their reviews and support. */
package vn.mattran.households;

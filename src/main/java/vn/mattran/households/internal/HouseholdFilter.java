package vn.mattran.households.internal;

import vn.mattran.households.Classification;

/**
 * What a search asks: text (folded, so "nguyen thi" finds "Nguyễn Thị") or the digits of an ID
 * number or phone, a subtree of the hierarchy, a classification (of a year, or held now), and
 * the order: "name" (Vietnamese order, the default), "area", "newest" or "year".
 */
public record HouseholdFilter(String query, String underPath, Classification kind, Integer year, String sort) {
}

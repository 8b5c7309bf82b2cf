package vn.mattran.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx asks for fragments with the HX-Request header; the same URL answers a whole page otherwise. */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** {@code full} for a normal request, {@code fragment} for an htmx one. */
	public static String view(HttpServletRequest request, String full, String fragment) {
		return isRequest(request) ? fragment : full;
	}
}

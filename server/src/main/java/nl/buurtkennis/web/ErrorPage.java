package nl.buurtkennis.web;

/** The title and message of an error page. */
public record ErrorPage(Messages msg, String title, String message) {}

package nl.buurtkennis.web;

/**
 * The body of every error answer.
 *
 * @param parameter the request parameter at fault, or null
 */
public record ApiError(String error, String message, String parameter) {}

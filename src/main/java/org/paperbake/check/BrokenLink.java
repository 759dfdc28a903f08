package org.paperbake.check;

/**
 * One broken internal link in a built site, before it is located in the content that caused it.
 *
 * @param page the page holding the link, relative to the site root with forward slashes
 * @param target the link exactly as written in the page ({@code href} or {@code src})
 * @param message what is wrong
 * @param fix how to fix it
 */
record BrokenLink(String page, String target, String message, String fix) {}

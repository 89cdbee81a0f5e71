package org.ariadne.catalog.application;

/** What archiving a text produced: its digest, its size and how many footnotes were found in it. */
public record TextReceipt(String sha256, long bytes, int footnotes) {
}

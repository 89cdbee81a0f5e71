package org.ariadne.shared.domain;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader over user-supplied XML whose parsing failures are all {@link XMLStreamException}s. The JDK's reader
 * throws unchecked exceptions on some malformed input (found by fuzzing the MARCXML import: a DTD with a control
 * character gives {@code MissingResourceException: InvalidCharInDTD}, a key missing from its own message bundle);
 * those are malformed XML like any other, so they are rethrown as such, with the location, and callers refuse the
 * input cleanly instead of failing with a server error.
 */
public final class GuardedXmlReader extends StreamReaderDelegate {

    public GuardedXmlReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        try {
            return super.next();
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        try {
            return super.hasNext();
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    @Override
    public int nextTag() throws XMLStreamException {
        try {
            return super.nextTag();
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        try {
            return super.getElementText();
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    private XMLStreamException malformed(RuntimeException e) {
        return new XMLStreamException("The XML is malformed.", getLocation(), e);
    }
}

package org.ariadne.catalog.application;

import org.ariadne.shared.domain.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/** Decodes an uploaded text strictly: bytes that are not valid in the declared charset are refused, not replaced. */
record TextDecoding(String text, String mediaType, String charset) {

    static final Set<String> MEDIA_TYPES = Set.of("text/plain", "text/markdown", "text/html");

    static TextDecoding decode(byte[] bytes, String mediaType, String charsetName) {
        String type = mediaType.toLowerCase(Locale.ROOT).trim();
        if (!MEDIA_TYPES.contains(type)) {
            throw InvalidInputException.ofField("Content-Type",
                    "Texts are archived as text/plain, text/markdown or text/html, not " + mediaType + ".");
        }
        Charset charset;
        try {
            charset = charsetName == null || charsetName.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw InvalidInputException.ofField("charset", "The charset \"" + charsetName + "\" is not known.");
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new TextDecoding(text, type, charset.name());
        } catch (CharacterCodingException e) {
            throw InvalidInputException.ofField("charset",
                    "The text is not valid " + charset.name() + ": declare the charset it is written in.");
        }
    }
}

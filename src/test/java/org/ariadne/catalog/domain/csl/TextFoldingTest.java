package org.ariadne.catalog.domain.csl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextFoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The North Korean Refugee Crisis|the north korean refugee crisis",
            "  O'Brien,  Marcus --  Jr. |obrien marcus jr",
            "Famine 1-2: (border)|famine 1 2 border",
            "<i>Müller</i> & Schröder|muller schroder",
            "Straße Æsop Łukasz|strasse aesop lukasz"}, quoteCharacter = '"')
    void foldsCaseAccentsPunctuationAndSpacing(String text, String folded) {
        assertEquals(folded, TextFolding.fold(text));
    }

    @Test
    void asciiPathGivesWhatTheGeneralPathGives() {
        Random random = new Random(7);
        String alphabet = "aZz09 '\t\n,.-_()[]{}\\\"!?/:;@#~`^|+=*&%$\u0001\u001f\u007f";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(random.nextBoolean() ? (char) ('A' + random.nextInt(58))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(TextFolding.foldAny(text.toString()), TextFolding.fold(text.toString()), text.toString());
        }
    }
}

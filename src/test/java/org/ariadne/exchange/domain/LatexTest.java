package org.ariadne.exchange.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            M{\\"u}ller                       | Müller
            M\\"uller                         | Müller
            Caf\\'e                           | Café
            Caf{\\'e}                         | Café
            Fran\\c{c}ois                     | François
            Fran\\c cois                      | François
            P{\\'\\i}a                        | Pía
            \\'{\\i}                          | í
            {\\l}\\'od\\'z                    | łódź
            \\u{a}                            | ă
            Erd\\H{o}s                        | Erdős
            G\\"{o}del~and~Escher             | Gödel and Escher
            1914--1918                        | 1914–1918
            A---B                             | A—B
            {The {North} Korean Crisis}       | The North Korean Crisis
            Energy $E=mc^2$                   | Energy E=mc^2
            Smith \\& Sons, 10\\% off         | Smith & Sons, 10% off
            \\emph{Ulysses} revisited         | Ulysses revisited
            Stra{\\ss}e                       | Straße
            """)
    void readsLatexIntoUnicode(String latex, String unicode) {
        assertEquals(unicode, Latex.toUnicode(latex));
    }

    @Test
    void composesAccentsTypedAsCombiningMarksAndLeavesOtherTextAsItIs() {
        assertEquals("Caf\u00e9 na\u00efve", Latex.toUnicode("Cafe\u0301 nai\u0308ve"));
        assertEquals("\ud55c\uad6d", Latex.toUnicode("\u1112\u1161\u11ab\u1100\u116e\u11a8"));
        assertEquals("M\u00fcller, \u0141ukasz; \u00c6sop", Latex.toUnicode("M\u00fcller, \u0141ukasz; \u00c6sop"));
    }
}

package org.ariadne.bibliography.infrastructure;

import de.undercouch.citeproc.helper.AlphanumComparator;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prepared keys order every pair of strings exactly as citeproc-java's comparator does. */
class AlphanumKeyTest {

    private static final String[] PIECES = {"", "a", "A", "b", "Müller", "muller", "van der Berg", "Smith", " ",
        "1", "2", "10", "007", "12345678901234567890", "1999", "2004", "-", ", ", "Ann", "é", "z", "٣", "Study ",
        "Journal of Records", "ß", "ss"};

    @Test
    void ordersPairsAsCiteprocJavaDoes() {
        Random random = new Random(5);
        List<String> strings = new ArrayList<>(List.of("", "a1", "a01", "a10", "a2", "10a", "2a", "Smith2004",
                "Smith 2004a", "smith 2004", "x99999999999y", "x100000000000y"));
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            for (int p = random.nextInt(5); p >= 0; p--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            strings.add(s.toString());
        }
        for (String locale : List.of("en-US", "de-DE", "fr-FR")) {
            AlphanumComparator theirs = new AlphanumComparator(Locale.forLanguageTag(locale));
            Collator collator = Collator.getInstance(Locale.forLanguageTag(locale));
            List<AlphanumKey> ours = strings.stream().map(s -> new AlphanumKey(s, collator)).toList();
            for (int i = 0; i < strings.size(); i++) {
                for (int j = 0; j < strings.size(); j++) {
                    int expected = Integer.signum(theirs.compare(strings.get(i), strings.get(j)));
                    int actual = Integer.signum(ours.get(i).compareTo(ours.get(j)));
                    assertEquals(expected, actual, locale + ": \"" + strings.get(i) + "\" vs \"" + strings.get(j) + "\"");
                }
            }
        }
    }
}

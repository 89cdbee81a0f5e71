package org.ariadne.footnotes.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewFootnotesBackingTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "The North Korean Refugees (#12)  | 12",
            "Report no. 7 on rivers (#345)    | 345",
            "  42                             | 42",
            "#9                               | 9",
            "The North Korean Refugees        | null",
            "Report no. 7                     | null",
            "''                               | null",
    })
    void readsTheIdOfAChosenWork(String choice, Long id) {
        assertEquals(id, ReviewFootnotesBacking.idOf(choice));
    }
}

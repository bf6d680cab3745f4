package dev.infradesigner.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoftBreaksTest {

    @Test
    void aLongDomainMayBreakAfterEachDot() {
        assertEquals("www.\u200afoobar.\u200acom", SoftBreaks.in("www.foobar.com"));
    }

    @Test
    void shortWordsAndSeparatorsAtTheEndAreLeftAlone() {
        assertEquals("App server 1", SoftBreaks.in("App server 1"));
        assertEquals("web-01 and lb-02", SoftBreaks.in("web-01 and lb-02"));
        assertEquals("Mail ops-\u200ateam@\u200aexample.\u200aorg.", SoftBreaks.in("Mail ops-team@example.org."));
    }

    @Test
    void withoutGivesTheTextBack() {
        String text = "Web mirror of www.example-site.org/static";
        assertEquals(text, SoftBreaks.without(SoftBreaks.in(text)));
    }
}

package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Comments are one printable line, cut between code points, and always encodable as UTF-8. */
class ConfigTextTest {

    private static final String ROCKET = "\uD83D\uDE80";

    private static boolean encodable(String text) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }

    @Test
    void aLongTextOfPairsIsCutBetweenThemAtEveryLength() {
        for (int n = 1; n <= 130; n++) {
            for (String prefix : new String[] {"", "a"}) {
                String text = prefix + ROCKET.repeat(n);
                String comment = ConfigText.comment(text);
                assertTrue(encodable(comment), "no half pair, " + prefix.length() + " + " + n + " rockets");
                int points = text.codePointCount(0, text.length());
                if (points <= ConfigText.COMMENT_LENGTH) {
                    assertEquals(text, comment);
                } else {
                    assertTrue(comment.endsWith("..."), comment);
                    assertEquals(ConfigText.COMMENT_LENGTH, comment.codePointCount(0, comment.length()));
                }
            }
        }
    }

    @Test
    void controlsSeparatorsLoneSurrogatesAndNoncharactersNeverReachTheFile() {
        String comment = ConfigText.comment("a\nb\u2028c\u0085d\u0000e\uD800f\uFFFEg\uFFFFh\uFDD0i\u0090j");
        assertEquals("a b c d e\uFFFDf\uFFFDg\uFFFDh\uFFFDi j", comment);
        assertTrue(encodable(comment));
        assertFalse(comment.contains("\n"));
    }

    @Test
    void plainTextIsKeptAsItIs() {
        String text = "HAProxy 1 (on \"Server 1\") — 100% fine; #tags $vars \\slashes";
        assertEquals(text, ConfigText.comment(text));
        String long120 = "x".repeat(120);
        assertEquals(long120, ConfigText.comment(long120));
        assertEquals("x".repeat(117) + "...", ConfigText.comment("x".repeat(121)));
    }
}

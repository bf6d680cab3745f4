package dev.infradesigner.edit;

/**
 * Words for what the editor tells people ("Add DNS record", "1 error", "2 components"), in one place so
 * that grammar is right everywhere: a count agrees with its noun, and an acronym keeps its capitals when
 * a name goes into the middle of a sentence.
 */
public final class Words {

    private Words() {
    }

    /** {@code name} as it reads mid-sentence: "Load balancer" becomes "load balancer", "DNS record" stays. */
    public static String lowerFirst(String name) {
        if (name.isEmpty() || name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** "1 error", "3 errors", "0 errors". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "1 component", "2 components": a noun whose plural adds an s. */
    public static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }
}

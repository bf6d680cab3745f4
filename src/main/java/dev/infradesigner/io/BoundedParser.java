package dev.infradesigner.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * The parser the loader reads through, counting the values of the element being read as a tree. The top
 * level of a file is streamed, but each component or link becomes a small tree in memory: without a cap,
 * one component holding a list of ten million zeros would need gigabytes. So a tree holding more than
 * {@link #MAX_ELEMENT_ITEMS} values is refused at the value that goes over, with its line and column.
 * Every read goes through {@link #nextToken}, so nothing Jackson builds can bypass the count.
 */
final class BoundedParser extends JsonParserDelegate {

    /**
     * The most values one component, link or top-level field may hold (each list item, each object member,
     * each nested value counting once). A firewall with a thousand rules holds about five thousand.
     */
    static final int MAX_ELEMENT_ITEMS = 100_000;

    private long itemsLeft = Long.MAX_VALUE;
    private String counted = "";

    BoundedParser(JsonParser parser) {
        super(parser);
    }

    /** Starts counting the values of the element {@code what} ({@code components[3]}), its own start included. */
    void startElement(String what) throws LimitExceeded {
        counted = what;
        itemsLeft = MAX_ELEMENT_ITEMS;
        countCurrent();
    }

    /** Stops counting: the streamed top level is bounded by the lists' own caps. */
    void endElement() {
        itemsLeft = Long.MAX_VALUE;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token != null && token != JsonToken.FIELD_NAME && token != JsonToken.END_ARRAY
                && token != JsonToken.END_OBJECT) {
            countCurrent();
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    private void countCurrent() throws LimitExceeded {
        if (--itemsLeft < 0) {
            JsonLocation at = currentTokenLocation();
            throw new LimitExceeded(new LoadProblem(counted, "holds more than " + MAX_ELEMENT_ITEMS
                    + " values; no design comes near this", at.getLineNr(), at.getColumnNr()));
        }
    }

    /** A limit was reached: reading stops at once with this one problem. */
    static final class LimitExceeded extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient LoadProblem problem;

        LimitExceeded(LoadProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        LoadProblem problem() {
            return problem;
        }
    }
}

package dev.infradesigner.lab.drill;

/**
 * One request the users sent, as the load driver saw it.
 *
 * @param id       its number, in the order sent
 * @param method   GET (a read) or POST (a write)
 * @param key      the write's idempotency key, or {@code null} for a read
 * @param start    when it was sent, in epoch milliseconds
 * @param end      when its answer (or error) came, in epoch milliseconds
 * @param status   the HTTP status, or 0 when there was no answer
 * @param error    what went wrong without an answer (a timeout, a reset), or {@code null}
 * @param servedBy the application server that answered, or {@code null}
 */
public record RequestRecord(long id, String method, String key, long start, long end, int status, String error,
        String servedBy) {

    /** Whether users got what they asked for (a 2xx answer). */
    public boolean ok() {
        return error == null && status >= 200 && status < 300;
    }

    public boolean write() {
        return "POST".equals(method);
    }

    public long millis() {
        return end - start;
    }

    /** Whether it was still waiting for its answer at {@code time}. */
    public boolean inFlightAt(long time) {
        return start < time && end > time;
    }
}

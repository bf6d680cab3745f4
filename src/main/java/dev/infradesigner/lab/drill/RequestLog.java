package dev.infradesigner.lab.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infradesigner.lab.LabException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every request of a run as JSON lines, for a person who wants to see a drill request by request: first each
 * failure and restoration ({@code event}, {@code at}, {@code target}, {@code failure}), then each request.
 */
final class RequestLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestLog() {
    }

    static void write(Path file, List<RequestRecord> records, List<Drill.Event> events) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Drill.Event e : events) {
                ObjectNode n = JSON.createObjectNode();
                n.put("event", e.what());
                n.put("at", e.at());
                n.put("target", e.target());
                n.put("failure", e.failure());
                out.write(JSON.writeValueAsString(n));
                out.write('\n');
            }
            for (RequestRecord r : records) {
                ObjectNode n = JSON.createObjectNode();
                n.put("id", r.id());
                n.put("method", r.method());
                n.put("start", r.start());
                n.put("end", r.end());
                n.put("status", r.status());
                if (r.error() != null) {
                    n.put("error", r.error());
                }
                if (r.servedBy() != null) {
                    n.put("servedBy", r.servedBy());
                }
                out.write(JSON.writeValueAsString(n));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new LabException("cannot write the requests to " + file + ": " + e.getMessage(), e);
        }
    }
}

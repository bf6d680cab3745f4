package dev.infradesigner.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The machine report documented in {@code docs/audit-output.md}; its structure is a public interface. */
final class JsonReport {

    String render(List<AuditCommand.AuditedFile> audited) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("tool", "infra-designer");
            g.writeStringField("version", AppVersion.current());
            g.writeArrayFieldStart("files");
            int[] totals = new int[Severity.values().length];
            int suppressed = 0;
            for (AuditCommand.AuditedFile file : audited) {
                g.writeStartObject();
                g.writeStringField("file", file.file().toString());
                g.writeStringField("design", file.design().name());
                g.writeArrayFieldStart("findings");
                for (Finding f : file.findings()) {
                    if (f.suppressed()) {
                        suppressed++;
                    } else {
                        totals[f.severity().ordinal()]++;
                    }
                    g.writeStartObject();
                    g.writeStringField("ruleId", f.ruleId());
                    g.writeStringField("severity", f.severity().key());
                    g.writeStringField("title", f.title());
                    g.writeStringField("message", f.message());
                    g.writeStringField("fix", f.fix());
                    g.writeArrayFieldStart("components");
                    for (String id : f.componentIds()) {
                        g.writeStartObject();
                        g.writeStringField("id", id);
                        g.writeStringField("label", file.design().component(id).orElseThrow().label());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeBooleanField("suppressed", f.suppressed());
                    if (f.suppressed()) {
                        g.writeStringField("suppressionReason", f.suppression());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (file.availability() != null) {
                    AvailabilityJson.write(g, file.availability());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.key(), totals[s.ordinal()]);
            }
            g.writeNumberField("suppressed", suppressed);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }
}

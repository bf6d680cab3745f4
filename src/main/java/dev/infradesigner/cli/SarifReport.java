package dev.infradesigner.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.rules.Rules;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report as SARIF 2.1.0, the format code-scanning tools (GitHub, GitLab, IDEs) read: one run, every
 * rule in the driver, one result per finding located at the component's line in the design file.
 */
final class SarifReport {

    private static final String RULES_DOC = "docs/rules.md";

    String render(List<AuditCommand.AuditedFile> audited) {
        List<AuditRule> rules = Rules.all();
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "Infra Designer");
            g.writeStringField("version", AppVersion.current());
            g.writeArrayFieldStart("rules");
            for (AuditRule rule : rules) {
                g.writeStartObject();
                g.writeStringField("id", rule.id());
                g.writeStringField("name", rule.title());
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", rule.title());
                g.writeEndObject();
                g.writeObjectFieldStart("help");
                g.writeStringField("text", "See " + RULES_DOC + "#" + rule.id());
                g.writeStringField("markdown", "See [" + rule.id() + "](" + RULES_DOC + "#" + rule.id() + ")");
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (AuditCommand.AuditedFile file : audited) {
                List<String> lines = lines(file.file());
                for (Finding f : file.findings()) {
                    result(g, f, file, lines, rules.indexOf(Rules.byId(f.ruleId()).orElseThrow()));
                }
            }
            g.writeEndArray();
            // The run's property bag: each file's availability, as in the JSON report.
            if (audited.stream().anyMatch(a -> a.availability() != null)) {
                g.writeObjectFieldStart("properties");
                g.writeArrayFieldStart("availability");
                for (AuditCommand.AuditedFile file : audited) {
                    if (file.availability() != null) {
                        g.writeStartObject();
                        g.writeStringField("file", file.file().toString());
                        AvailabilityJson.write(g, file.availability());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void result(JsonGenerator g, Finding f, AuditCommand.AuditedFile file, List<String> lines,
            int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message() + " Fix: " + f.fix());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", file.file().toString().replace('\\', '/'));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.componentIds().isEmpty() ? 1 : lineOf(lines, f.componentIds().get(0)));
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("logicalLocations");
        for (String id : f.componentIds()) {
            g.writeStartObject();
            g.writeStringField("name", file.design().component(id).orElseThrow().label());
            g.writeStringField("fullyQualifiedName", id);
            g.writeStringField("kind", "object");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        if (f.suppressed()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "inSource");
            g.writeStringField("justification", f.suppression());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("title", f.title());
        g.writeStringField("fix", f.fix());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    /** The line where the component with {@code id} is declared, or 1 when the file is laid out unusually. */
    private static int lineOf(List<String> lines, String id) {
        String declaration = "\"id\": \"" + id + "\"";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(declaration)) {
                return i + 1;
            }
        }
        return 1;
    }
}

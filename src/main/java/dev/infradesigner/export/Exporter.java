package dev.infradesigner.export;

import dev.infradesigner.model.Design;
import java.util.List;

/** Generates one kind of configuration from a design. One class per daemon, like the audit's rules. */
public interface Exporter {

    /** The stable id used by {@code export --only}, such as {@code haproxy}. */
    String id();

    /** A name for people, such as "HAProxy". */
    String displayName();

    /** The files for {@code design}; empty when the design has nothing of this kind. */
    List<ExportedFile> export(Design design, ExportMode mode);
}

package dev.infradesigner.export;

/** Whether to write complete files a daemon accepts as they are, or the fragments a person pastes in. */
public enum ExportMode {
    /** A complete file: {@code haproxy -c} or {@code nginx -t} accepts it unchanged. */
    FULL,
    /** Only the part the design decides (frontends and backends, a server block), to paste into a file. */
    SNIPPET
}

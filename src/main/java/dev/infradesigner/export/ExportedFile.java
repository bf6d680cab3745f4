package dev.infradesigner.export;

import java.util.List;

/**
 * One generated file.
 *
 * @param path         where it goes, relative to the export folder: {@code HOST/NAME}
 * @param content      the text, ending with a newline
 * @param componentIds the components it was generated from
 */
public record ExportedFile(String path, String content, List<String> componentIds) {

    public ExportedFile {
        componentIds = List.copyOf(componentIds);
    }
}

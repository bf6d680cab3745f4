package dev.infradesigner.io;

/**
 * One reason a design file could not be loaded, with where it is: a path into the design
 * ({@code components[3].settings.port}) and, where known, the line and column in the file.
 *
 * @param path    where in the design, empty for the file as a whole
 * @param message what is wrong
 * @param line    the line in the file (1-based), or 0 when unknown
 * @param column  the column in the file (1-based), or 0 when unknown
 */
public record LoadProblem(String path, String message, int line, int column) {

    public static LoadProblem of(String path, String message) {
        return new LoadProblem(path, message, 0, 0);
    }

    @Override
    public String toString() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return (path.isEmpty() ? message : path + ": " + message) + where;
    }
}

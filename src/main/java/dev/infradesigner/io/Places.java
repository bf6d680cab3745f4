package dev.infradesigner.io;

import java.util.Arrays;

/**
 * The line and column where each element of a list starts, so a problem found later (a link to a missing
 * component) can name the place. Kept as one growing array of ints rather than an object per element: a
 * list of a million entries costs 8 MB here, not 40.
 */
final class Places {

    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int size;

    void add(int line, int column) {
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
            columns = Arrays.copyOf(columns, size * 2);
        }
        lines[size] = line;
        columns[size] = column;
        size++;
    }

    int size() {
        return size;
    }

    int line(int index) {
        return lines[index];
    }

    int column(int index) {
        return columns[index];
    }
}

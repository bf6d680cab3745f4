package dev.infradesigner.ui.findings;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings an observable list to a new content by removing and inserting only the part that differs (the
 * run between the common head and the common tail). A table over a list that is replaced whole rebuilds
 * every row and repaints the window; after an edit the audit's findings usually differ by one or two,
 * so the table updates one or two rows.
 */
final class ListUpdate {

    private ListUpdate() {
    }

    static <T> void to(ObservableList<T> target, List<? extends T> now) {
        int common = Math.min(target.size(), now.size());
        int head = 0;
        while (head < common && target.get(head).equals(now.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < common - head && target.get(target.size() - 1 - tail).equals(now.get(now.size() - 1 - tail))) {
            tail++;
        }
        if (head < target.size() - tail) {
            target.remove(head, target.size() - tail);
        }
        if (head < now.size() - tail) {
            target.addAll(head, now.subList(head, now.size() - tail));
        }
    }
}

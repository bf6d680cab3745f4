package dev.infradesigner.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ListUpdateTest {

    @Test
    void oneFindingMoreIsOneAddition() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "d");
        List<String> changes = record(list);
        ListUpdate.to(list, List.of("a", "b", "c", "d"));
        assertEquals(List.of("a", "b", "c", "d"), list);
        assertEquals(List.of("added [c] at 2"), changes);
    }

    @Test
    void oneFindingLessIsOneRemoval() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c", "d");
        List<String> changes = record(list);
        ListUpdate.to(list, List.of("a", "c", "d"));
        assertEquals(List.of("removed [b] at 1"), changes);
    }

    @Test
    void theSameFindingsChangeNothing() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b");
        List<String> changes = record(list);
        ListUpdate.to(list, List.of("a", "b"));
        assertEquals(List.of(), changes);
    }

    @Test
    void aChangedMiddleIsReplacedAndRepeatsAtTheEdgesAreKept() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "a", "x", "a");
        List<String> changes = record(list);
        ListUpdate.to(list, List.of("a", "a", "y", "z", "a"));
        assertEquals(List.of("a", "a", "y", "z", "a"), list);
        assertEquals(List.of("removed [x] at 2", "added [y, z] at 2"), changes);
    }

    @Test
    void anyTwoListsEndEqual() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            ObservableList<Integer> list = FXCollections.observableArrayList(randomList(random));
            List<Integer> target = randomList(random);
            ListUpdate.to(list, target);
            assertEquals(target, list, "round " + round);
        }
    }

    private static List<Integer> randomList(Random random) {
        List<Integer> list = new ArrayList<>();
        int size = random.nextInt(8);
        for (int i = 0; i < size; i++) {
            list.add(random.nextInt(3));
        }
        return list;
    }

    private static List<String> record(ObservableList<String> list) {
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    changes.add("removed " + c.getRemoved() + " at " + c.getFrom());
                }
                if (c.wasAdded()) {
                    changes.add("added " + c.getAddedSubList() + " at " + c.getFrom());
                }
            }
        });
        return changes;
    }
}

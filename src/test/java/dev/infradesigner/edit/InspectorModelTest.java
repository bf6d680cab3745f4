package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Connections;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Fixtures;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inspector's content and its checks, without a window. */
class InspectorModelTest {

    /** The simple stack, a second server with other settings, a third like the first, and a DNS record. */
    private static Design design() {
        Design d = Fixtures.simpleStack();
        List<Component> more = new ArrayList<>(d.components());
        more.add(Fixtures.server("server-2", "10.0.0.11"));
        more.add(Fixtures.server("server-3", "10.0.0.10").withSettings(new ServerSettings("server-1", "10.0.0.10",
                "10.0.0.0/8")));
        more.add(Fixtures.component("dns", ComponentKind.DNS));
        return new Design(d.name(), more, d.links());
    }

    private static List<String> keys(InspectorModel m) {
        return m.fields().stream().map(InspectorModel.Field::key).toList();
    }

    @Test
    void withNothingSelectedTheDesignsNameIsEdited() {
        Design d = design();
        InspectorModel m = InspectorModel.of(d, List.of());
        assertEquals("Nothing selected", m.title().heading());
        assertEquals("Select a component or a link to see its settings. The design has 8 components and 3 links.",
                m.title().hint());
        assertEquals(List.of("design-name", "design-availability-target"), keys(m));
        assertEquals("Renamed", m.edit("design-name", "Renamed").apply(d).design().name());
    }

    @Test
    void theDesignsAvailabilityTargetIsTypedAsAPercentage() {
        Design d = design();
        InspectorModel m = InspectorModel.of(d, List.of());
        Design aimed = m.edit("design-availability-target", " 99.95 % ").apply(d).design();
        assertEquals(java.util.Optional.of(0.9995), aimed.availabilityTarget());
        assertEquals("99.95", InspectorModel.of(aimed, List.of()).fields().stream()
                .filter(f -> "design-availability-target".equals(f.key())).findFirst().orElseThrow().field().value());
        assertEquals(java.util.Optional.empty(), InspectorModel.of(aimed, List.of()).edit("design-availability-target", "")
                .apply(aimed).design().availabilityTarget(), "empty takes the target away");
        for (String bad : List.of("100", "0", "-5", "high", "NaN", "Infinity", "0x1p3", "1e999999999999")) {
            EditRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(EditRefusedException.class,
                    () -> m.edit("design-availability-target", bad).apply(d));
            assertEquals("The availability target is a percentage above 0 and below 100, such as 99.95; \"" + bad
                    + "\" is not one.", e.getMessage());
        }
    }

    @Test
    void oneComponentHasItsNameThenItsSettings() {
        Design d = design();
        InspectorModel m = InspectorModel.of(d, List.of("server-2"));
        assertEquals("Server", m.title().heading());
        assertEquals("id: server-2", m.title().hint());
        assertEquals(List.of("label", "hostname", "ipAddress", "adminSource"), keys(m));
        assertEquals("10.0.0.11", m.field("ipAddress").field().value());
        assertFalse(m.field("ipAddress").mixed());
        assertEquals(Optional.of("server-2"), m.single().map(Component::id));
    }

    @Test
    void aHostedComponentSaysWhereItIs() {
        InspectorModel m = InspectorModel.of(design(), List.of("web"));
        assertTrue(m.title().hint().endsWith("on server-1"), m.title().hint());
    }

    @Test
    void componentsOfOneKindShareTheirSettingsAndDisagreementIsMixed() {
        InspectorModel m = InspectorModel.of(design(), List.of("server-1", "server-2"));
        assertEquals("2 \u00d7 Server", m.title().heading());
        assertFalse(keys(m).contains("label"), "a name is one component's");
        assertTrue(m.field("ipAddress").mixed());
        assertFalse(m.field("adminSource").mixed());
        assertTrue(m.single().isEmpty());
        assertFalse(InspectorModel.of(design(), List.of("server-1", "server-3")).field("ipAddress").mixed());
    }

    @Test
    void componentsOfDifferentKindsHaveNothingToEdit() {
        InspectorModel m = InspectorModel.of(design(), List.of("server-1", "web"));
        assertFalse(m.editable());
        assertEquals(List.of(), m.fields());
        assertEquals("2 components", m.title().heading());
        assertEquals("", m.shape());
    }

    @Test
    void aLinkEditsItsTrafficNotItsEnds() {
        InspectorModel m = InspectorModel.of(design(), List.of("l2"));
        assertEquals("Link", m.title().heading());
        assertEquals("web \u2192 app", m.title().hint());
        assertFalse(keys(m).contains("link-id"));
        assertFalse(keys(m).contains("link-from"));
        assertTrue(keys(m).contains("link-port"));
        assertEquals(8080, m.field("link-port").field().value());
    }

    @Test
    void aDnsRecordIsOfferedWhatConnectionsLetItPointAt() {
        Design d = design();
        List<String> choices = InspectorModel.of(d, List.of("dns")).field("target").choices();
        List<String> allowed = d.components().stream().filter(c -> Connections.refuseDnsTarget(c).isEmpty())
                .map(Component::id).toList();
        assertEquals(allowed, choices);
        assertTrue(choices.contains("server-1"));
        assertFalse(choices.contains("db"), "a database is no public entry");
        assertNull(InspectorModel.of(d, List.of("dns")).field("domain").choices());
    }

    @Test
    void aTypedValueIsCheckedWithoutChangingTheDesign() {
        Design d = design();
        InspectorModel m = InspectorModel.of(d, List.of("server-2"));
        assertEquals(Optional.empty(), m.check(d, "ipAddress", "10.0.0.12"));
        Optional<String> refused = m.check(d, "ipAddress", "not an address");
        assertTrue(refused.isPresent());
        assertFalse(refused.get().isBlank());
        assertEquals("10.0.0.11", d.component("server-2").orElseThrow().settings(ServerSettings.class).ipAddress());
        Outcome o = m.edit("ipAddress", "10.0.0.12").apply(d);
        assertEquals("10.0.0.12", o.design().component("server-2").orElseThrow().settings(ServerSettings.class)
                .ipAddress());
        assertTrue(InspectorModel.of(design(), List.of("l2")).check(d, "link-port", 70_000).isPresent());
    }

    @Test
    void theShapeChangesWithTheFieldsNotWithTheirValues() {
        Design d = design();
        Design changed = InspectorModel.of(d, List.of("server-2")).edit("ipAddress", "10.0.0.12").apply(d).design();
        assertEquals(InspectorModel.of(d, List.of("server-2")).shape(),
                InspectorModel.of(changed, List.of("server-2")).shape());
        assertNotEquals(InspectorModel.of(d, List.of("server-2")).shape(),
                InspectorModel.of(d, List.of("server-1")).shape());
    }

    @Test
    void idsNoLongerInTheDesignAreSkipped() {
        InspectorModel m = InspectorModel.of(design(), List.of("gone", "server-2"));
        assertEquals(1, m.elements().size());
        assertEquals("Server", m.title().heading());
    }
}

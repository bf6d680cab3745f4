package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Simulate Failure on network devices: what a device cuts off is what loses its last path of cables. */
class NetworkWhatIfTest {

    @Test
    void theOnlySwitchTakesEveryTierWithIt() {
        WhatIf w = WhatIf.simulate(NetworkDesigns.sample5("switch-b"), List.of("switch-a"));
        assertEquals(List.of(Tier.values()), w.lostTiers(), w.toString());
        assertTrue(w.cutOff().containsAll(List.of("lb-1", "lb-2", "web-1", "web-2")), w.cutOff().toString());
    }

    @Test
    void oneOfTwoSwitchesCutsNothingButBothDoCutEverything() {
        WhatIf one = WhatIf.simulate(NetworkDesigns.sample5(), List.of("switch-a"));
        assertEquals(List.of(), one.lostTiers());
        assertEquals(java.util.Set.of(), one.cutOff());
        WhatIf both = WhatIf.simulate(NetworkDesigns.sample5(), List.of("switch-a", "switch-b"));
        assertEquals(List.of(Tier.values()), both.lostTiers());
    }

    @Test
    void bothUplinksCutUsersOffWhatRunsOnServers() {
        WhatIf w = WhatIf.simulate(NetworkDesigns.sample5(), List.of("uplink-a", "uplink-b"));
        assertEquals(List.of(Tier.values()), w.lostTiers());
    }
}

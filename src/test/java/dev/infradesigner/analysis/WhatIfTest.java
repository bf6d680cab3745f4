package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Design;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static Design threeServer() throws Exception {
        return BundledSamples.load(BundledSamples.all().get(1));
    }

    @Test
    void losingTheLoadBalancersServerCutsUsersOffEverything() throws Exception {
        WhatIf result = WhatIf.simulate(threeServer(), List.of("server-1"));
        assertEquals(Set.of("server-1", "lb"), result.failed());
        assertEquals(Set.of("nginx-2", "nginx-3", "app-2", "app-3", "mysql-2", "mysql-3"), result.cutOff());
        assertEquals(List.of(Tier.WEB, Tier.APPLICATION, Tier.DATABASE_READS, Tier.DATABASE_WRITES), result.lostTiers());
        assertEquals("Users cannot reach: web servers, application servers, database reads, database writes",
                result.summary());
    }

    @Test
    void losingThePrimarysServerLosesOnlyWrites() throws Exception {
        WhatIf result = WhatIf.simulate(threeServer(), List.of("server-2"));
        assertEquals(List.of(Tier.DATABASE_WRITES), result.lostTiers());
        assertTrue(result.cutOff().isEmpty());
    }

    @Test
    void losingOneWebServerLosesNothing() throws Exception {
        WhatIf result = WhatIf.simulate(threeServer(), List.of("nginx-2"));
        assertTrue(result.lostTiers().isEmpty());
        assertEquals(Set.of("app-2"), result.cutOff());
        assertTrue(result.summary().startsWith("Users still reach every tier"));
        assertTrue(WhatIf.simulate(threeServer(), List.of("users")).failed().isEmpty(), "users never fail");
    }
}

package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tiers found in one pass over the components and one over the links are the tiers as defined, read
 * plainly from the components and links. The oracle comparison cannot catch a mistake here: the oracle
 * asks the same code which components serve each tier.
 */
class TierTest {

    @Test
    void eachTierHoldsWhatItsDefinitionSays() {
        for (long seed = 0; seed < 2_000; seed++) {
            Design design = RandomDesigns.generate(seed);
            Map<Tier, int[]> found = Tier.verticesOfEach(new TrafficGraph(design));
            String where = "seed " + seed;
            assertArrayEquals(positions(design, c -> c.kind() == ComponentKind.WEB_SERVER), found.get(Tier.WEB), where);
            assertArrayEquals(positions(design, c -> c.kind() == ComponentKind.APP_SERVER), found.get(Tier.APPLICATION),
                    where);
            assertArrayEquals(positions(design, c -> c.kind() == ComponentKind.DATABASE
                    && design.linksTo(c.id()).stream().anyMatch(l -> fromApplication(design, l))),
                    found.get(Tier.DATABASE_READS), where + ": reads");
            assertArrayEquals(positions(design, c -> c.kind() == ComponentKind.DATABASE
                    && c.settings() instanceof DatabaseSettings db && db.role() == DatabaseRole.PRIMARY
                    && design.linksTo(c.id()).stream().anyMatch(l -> fromApplication(design, l)
                            && l.access() == Access.READ_WRITE)),
                    found.get(Tier.DATABASE_WRITES), where + ": writes");
        }
    }

    private static boolean fromApplication(Design design, Link l) {
        return l.protocol() == Protocol.MYSQL
                && design.component(l.from()).orElseThrow().kind() == ComponentKind.APP_SERVER;
    }

    private static int[] positions(Design design, Predicate<Component> test) {
        return IntStream.range(0, design.components().size())
                .filter(i -> test.test(design.components().get(i))).toArray();
    }
}

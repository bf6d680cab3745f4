package dev.infradesigner.testkind;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.KindProvider;
import dev.infradesigner.model.PaletteGroup;
import dev.infradesigner.model.Protocol;
import java.util.List;

/**
 * A kind that ships only with the tests: a Redis cache an application talks to over TCP. It proves that a
 * kind is described once: this descriptor, {@link RedisSettings}, its icons and its line in
 * {@code META-INF/services} are all it takes to load, save, draw, audit and export designs holding one
 * (see docs/adding-a-kind.md). Registered through the same {@link KindProvider} mechanism as the app's own.
 */
public final class RedisCache implements KindProvider {

    public static final ComponentKind KIND = ComponentKind.builder("redis-cache", "Redis cache")
            .shortName("Redis")
            .schema(RedisSettings.SCHEMA)
            .settings(RedisSettings.class, () -> RedisSettings.DEFAULT, RedisSettings::read)
            .palette(PaletteGroup.SERVICES, 60)
            .colours("#a40e26", "#ff7b72")
            .hostable()
            .onRequestPath()
            .placesServer()
            .column(6)
            .linksIn(Protocol.TCP, s -> ((RedisSettings) s).port())
            .help("Redis cache: keeps hot data in memory so the application asks the database less.")
            .build();

    @Override
    public List<ComponentKind> kinds() {
        return List.of(KIND);
    }
}

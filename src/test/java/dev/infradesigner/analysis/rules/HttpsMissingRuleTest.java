package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.edit;
import static dev.infradesigner.analysis.rules.RuleTesting.editLink;
import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpsMissingRuleTest {

    private final HttpsMissingRule rule = new HttpsMissingRule();

    /** Sample 02's load balancer with its listeners, certificate and redirect set as given. */
    private static Design lb(Design d, List<Listener> listeners, String certificate) {
        return edit(d, "lb", c -> {
            LoadBalancerSettings s = c.settings(LoadBalancerSettings.class);
            return c.withSettings(new LoadBalancerSettings(s.algorithm(), s.mode(), s.redundancy(), listeners,
                    certificate, true, s.healthCheck(), s.floatingIp()));
        });
    }

    @Test
    void plainHttpEntryIsAnErrorThatSaysWhatIsMissing() {
        Finding f = single(run(rule, sample(2)), Severity.ERROR, "lb");
        assertTrue(f.message().startsWith("Users reach \"HAProxy\" over plain HTTP only: \"HAProxy\" has no HTTPS "
                + "listener and no certificate, and the link from \"Users\" carries HTTP on port 80."), f.message());
        assertTrue(f.fix().startsWith("Add an HTTPS listener on port 443 to \"HAProxy\", set \"HAProxy\"'s "
                + "certificate (the path of its PEM file) and switch the link from \"Users\" to HTTPS on 443."), f.fix());
    }

    @Test
    void withListenerCertificateAndRedirectSetTheUsersLinkIsWhatIsLeft() {
        Design d = lb(sample(2), List.of(Listener.http(80), Listener.https(443)), "/etc/ssl/private/foobar.pem");
        Finding f = single(run(rule, d), Severity.ERROR, "lb");
        assertTrue(f.message().contains("over plain HTTP only: the link from \"Users\" carries HTTP on port 80."),
                f.message());
        assertTrue(f.fix().startsWith("Switch the link from \"Users\" to HTTPS on 443."), f.fix());
        Design linked = editLink(d, "users-lb", l -> new Link(l.id(), l.from(), l.to(), Protocol.HTTPS, 443,
                l.access(), l.standby()));
        assertEquals(List.of(), run(rule, linked), "all three parts in place: no finding");
    }

    @Test
    void anHttpsListenerWithoutCertificateIsValidAndReportedAsSuch() {
        Design d = editLink(lb(sample(2), List.of(Listener.https(443)), null), "users-lb", l -> new Link(l.id(),
                l.from(), l.to(), Protocol.HTTPS, 443, l.access(), l.standby()));
        Finding f = single(run(rule, d), Severity.ERROR, "lb");
        assertTrue(f.message().contains("\"HAProxy\" listens for HTTPS but has no certificate."), f.message());
        assertTrue(f.fix().startsWith("Set \"HAProxy\"'s certificate"), f.fix());
    }

    @Test
    void aCertificateWithoutListenerSaysSo() {
        Design d = lb(sample(2), List.of(Listener.http(80)), "/etc/ssl/private/foobar.pem");
        assertTrue(single(run(rule, d), Severity.ERROR, "lb").message()
                .contains("\"HAProxy\" has a certificate but no HTTPS listener"));
    }

    @Test
    void anHttpsEntryIsFine() {
        assertEquals(List.of(), run(rule, sample(3)));
        assertEquals(List.of(), run(rule, sample(4)));
    }

    @Test
    void usersReachingADatabaseOverMysqlAreNotAnHttpsMatter() {
        Design d = sample(2);
        d = d.with(Link.of("users-db", "users", "mysql-2", Protocol.MYSQL));
        assertEquals(List.of("lb"), single(run(rule, d), Severity.ERROR, "lb").componentIds(),
                "only the HTTP entry is named, not the database");
        Design onlyMysql = d.without(List.of("users-lb"));
        assertEquals(List.of(), run(rule, onlyMysql), "a MySQL entry alone is firewall.database-exposed's business");
    }

    @Test
    void noEntryIsAnotherRulesBusiness() {
        assertEquals(List.of(), run(rule, Design.empty("empty")));
    }
}

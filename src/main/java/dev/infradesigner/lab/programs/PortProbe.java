package dev.infradesigner.lab.programs;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tries TCP connections from the namespace it runs in, all at once: one line per target,
 * {@code ADDRESS:PORT open|refused|filtered}. "refused" is a reset (nothing listens, or a firewall
 * rejects); "filtered" is no answer within the timeout (a firewall drops).
 *
 * <p>Usage: {@code PortProbe --timeout MS --targets ADDRESS:PORT,...}.
 */
public final class PortProbe {

    private PortProbe() {
    }

    public static void main(String[] args) throws Exception {
        var o = Options.parse(args);
        int timeout = Integer.parseInt(o.getOrDefault("timeout", "1500"));
        List<String> targets = List.of(o.get("targets").split(","));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(64, targets.size()));
        List<Future<String>> answers = new ArrayList<>();
        for (String target : targets) {
            answers.add(pool.submit(() -> target + " " + probe(target, timeout)));
        }
        for (Future<String> answer : answers) {
            System.out.println(answer.get());
        }
        pool.shutdown();
    }

    private static String probe(String target, int timeout) {
        int colon = target.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1))),
                    timeout);
            return "open";
        } catch (SocketTimeoutException e) {
            return "filtered";
        } catch (ConnectException e) {
            return e.getMessage() != null && e.getMessage().contains("refused") ? "refused" : "filtered";
        } catch (IOException e) {
            return "filtered";
        }
    }
}

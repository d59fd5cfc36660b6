package dev.aigate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/**
 * A streaming chat server for accuracy tests that says when it wrote each event: every content event's text is
 * {@code "<stamp>/<late> "}, the server's {@link System#nanoTime()} taken just before the event was written and how
 * late its thread woke for it (a direct reading of the machine's scheduling delay). Client and server share the JVM
 * and so the clock, and the difference between what the client measured and the stamps is the measuring chain's own
 * error. One thread per connection; each answer closes its connection.
 */
final class StampingSseServer implements AutoCloseable {

    private final ServerSocket socket;
    private final long ttftNanos;
    private final long itlNanos;
    private final int events;
    private final Thread acceptor;

    StampingSseServer(long ttftNanos, long itlNanos, int events) throws IOException {
        this.socket = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
        this.ttftNanos = ttftNanos;
        this.itlNanos = itlNanos;
        this.events = events;
        this.acceptor = new Thread(this::accept, "stamping-sse-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread handler = new Thread(() -> answer(connection), "stamping-sse");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true);
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.UTF_8));
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).trim());
                }
            }
            in.skip(length);
            long arrival = System.nanoTime();
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < events; i++) {
                long deadline = arrival + ttftNanos + i * itlNanos;
                sleepUntil(deadline);
                long stamp = System.nanoTime();
                out.write(event("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + stamp + "/"
                        + Math.max(0, stamp - deadline) + " \"}}]}"));
                out.flush();
            }
            out.write(event("{\"choices\":[],\"usage\":{\"prompt_tokens\":8,\"completion_tokens\":" + events + "}}"));
            out.write(event("[DONE]"));
            out.flush();
        } catch (IOException e) {
            // The client went away: nothing to answer.
        }
    }

    private static byte[] event(String data) {
        return ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void sleepUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

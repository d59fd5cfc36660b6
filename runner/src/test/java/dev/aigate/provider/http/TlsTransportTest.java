package dev.aigate.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.provider.Completion;
import dev.aigate.provider.ErrorKind;
import dev.aigate.provider.ModelClient;
import dev.aigate.provider.ModelClients;
import dev.aigate.provider.ModelRequest;
import dev.aigate.provider.ProviderConfig;
import dev.aigate.provider.RetryPolicy;
import dev.aigate.provider.wire.OpenAiChatFormat;
import dev.aigate.provider.wire.OpenAiRoute;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** https targets: the transport speaks TLS, verifies the server's certificate, and streams as over plain HTTP. */
class TlsTransportTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final String STREAM = "data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"
            + "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1}}\n\n"
            + "data: [DONE]\n\n";

    @TempDir
    static Path keys;
    private static KeyStore keyStore;
    private final MockWebServer server = new MockWebServer();

    /** A self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
    @BeforeAll
    static void makeCertificate() throws Exception {
        Path store = keys.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        keytool.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keyStore.load(in, PASSWORD);
        }
    }

    @BeforeEach
    void start() throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        server.useHttps(tls.getSocketFactory(), false);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void streamsOverTlsFromAServerItTrusts() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(STREAM));
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(STREAM));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        ProviderConfig config = config();
        HttpUrl url = HttpUrl.get(config.baseUrl());
        HttpTransport transport = new HttpTransport(config, url,
                SslContextBuilder.forClient().trustManager(trust).build());

        try (ModelClient client = new HttpModelClient(transport, new OpenAiChatFormat(
                OpenAiRoute.openAi(url, "chat/completions", null, Map.of()), "m"), RetryPolicy.NONE,
                config.requestTimeout(), Sleeper.THREAD)) {
            List<Completion> completions = List.of(client.send(ModelRequest.chat("hi", 1)),
                    client.send(ModelRequest.chat("hi", 1)));

            assertThat(completions).allSatisfy(completion -> {
                assertThat(completion.succeeded()).as(String.valueOf(completion.failure())).isTrue();
                assertThat(completion.text()).isEqualTo("Hi");
                assertThat(completion.contentEvents()).isEqualTo(1);
            });
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getSequenceNumber()).isZero();
        assertThat(server.takeRequest().getSequenceNumber()).as("the TLS connection is kept alive").isEqualTo(1);
    }

    /** With the JDK's own trust store a self-signed certificate is refused: verification is on. */
    @Test
    void refusesACertificateNobodyTrusts() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(STREAM));

        try (ModelClient client = ModelClients.create(config(), Map.of())) {
            Completion completion = client.send(ModelRequest.chat("hi", 1));

            assertThat(completion.failure().kind()).isEqualTo(ErrorKind.CONNECTION);
            assertThat(completion.failure().message()).containsIgnoringCase("certif");
        }
    }

    @Test
    void aPlainHttpServerAskedForTlsIsSaidToBeOneInOneLine() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Answers whatever arrives (here a TLS ClientHello) in plain HTTP, as a vLLM server would.
            Thread answering = new Thread(() -> {
                try (Socket socket = plain.accept()) {
                    socket.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n"
                            + "content-length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    // the client went away: nothing to answer
                }
            });
            answering.start();
            String url = "https://127.0.0.1:" + plain.getLocalPort() + "/v1";

            try (ModelClient client = ModelClients.create(ProviderConfig.openAi(url, "m")
                    .withRetry(RetryPolicy.NONE).withConcurrency(1)
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)), Map.of())) {
                Completion completion = client.send(ModelRequest.chat("hi", 1));

                assertThat(completion.failure().kind()).isEqualTo(ErrorKind.CONNECTION);
                assertThat(completion.failure().message())
                        .isEqualTo("connection failed: the server did not answer with TLS (is it plain http?)");
            }
            answering.join(10_000);
        }
    }

    @Test
    void anyExceptionTextInAFailureIsCutToOneShortLine() {
        String huge = "line one\n" + "0123456789abcdef".repeat(300);

        String message = FaultClassifier.connection(new IllegalStateException(huge)).message();

        assertThat(message).startsWith("connection failed: IllegalStateException: line one 0123").doesNotContain("\n")
                .hasSizeLessThanOrEqualTo(260);
    }

    private ProviderConfig config() {
        return ProviderConfig.openAi(server.url("/v1").toString(), "m").withRetry(RetryPolicy.NONE)
                .withConcurrency(1)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }
}

package dev.aigate.provider.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Turns the request a wire format describes (okhttp's immutable {@link Request} value: URL, headers, body) into
 * the HTTP/1.1 message the transport writes. Nothing of okhttp's client is involved.
 */
final class RequestEncoder {

    private static final String USER_AGENT = "aigate";

    private RequestEncoder() {
    }

    static FullHttpRequest encode(Request request) {
        HttpUrl url = request.url();
        String target = url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
        byte[] body = bytes(request.body());
        HttpHeaders headers = new DefaultHttpHeaders()
                .set(HttpHeaderNames.HOST, hostHeader(url))
                .set(HttpHeaderNames.USER_AGENT, USER_AGENT);
        request.headers().forEach(header -> headers.add(header.getFirst(), header.getSecond()));
        if (request.body() != null && request.body().contentType() != null) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, request.body().contentType().toString());
        }
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(request.method()), target,
                Unpooled.wrappedBuffer(body), headers, EmptyHttpHeaders.INSTANCE);
    }

    /** {@code host[:port]}, the port only when it is not the scheme's default; IPv6 literals in brackets. */
    private static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    private static byte[] bytes(RequestBody body) {
        if (body == null) {
            return new byte[0];
        }
        try (Buffer buffer = new Buffer()) {
            body.writeTo(buffer);
            return buffer.readByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a request body held in memory", e);
        }
    }
}

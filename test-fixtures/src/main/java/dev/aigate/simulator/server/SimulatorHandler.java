package dev.aigate.simulator.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigate.simulator.Endpoint;
import dev.aigate.simulator.FaultKind;
import dev.aigate.simulator.engine.Sequence;
import dev.aigate.simulator.text.TokenEstimate;
import dev.aigate.simulator.wire.ApiError;
import dev.aigate.simulator.wire.Generation;
import dev.aigate.simulator.wire.Reply;
import dev.aigate.simulator.wire.WireFormat;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One connection's request handling: route, authenticate, parse, draw the fault, plan the reply, and hand the
 * sequence to the latency engine, whose tokens come back to this connection's event loop. Never blocks.
 */
final class SimulatorHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Simulation simulation;
    /** The generation under way on this connection (HTTP/1.1: one at a time), or null. */
    private Sequence inFlight;

    SimulatorHandler(Simulation simulation) {
        this.simulation = simulation;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        long receivedNanos = System.nanoTime();
        Route route = Route.resolve(request.method(), new QueryStringDecoder(request.uri()).path());
        Endpoint endpoint = route.endpoint();
        simulation.stats.request(endpoint);
        WireFormat format = Simulation.formatOf(endpoint);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (endpoint == Endpoint.UNKNOWN) {
            error(ctx, format, ApiError.NOT_FOUND, "Not found: " + request.method() + " "
                    + new QueryStringDecoder(request.uri()).path(), keepAlive);
        } else if (!route.methodAllowed()) {
            error(ctx, format, ApiError.METHOD_NOT_ALLOWED, "Method Not Allowed", keepAlive);
        } else if (endpoint == Endpoint.HEALTH) {
            Responses.send(ctx, Responses.json(200, "{}"), keepAlive);
        } else if (!simulation.apiKeyCheck.allows(request.headers())) {
            error(ctx, format, ApiError.UNAUTHORIZED, "Incorrect or missing API key.", keepAlive);
        } else if (endpoint == Endpoint.MODELS) {
            Responses.send(ctx, Responses.json(200, modelList()), keepAlive);
        } else {
            generate(ctx, request, route, format, keepAlive, receivedNanos);
        }
    }

    private void generate(ChannelHandlerContext ctx, FullHttpRequest http, Route route, WireFormat format,
                          boolean keepAlive, long receivedNanos) {
        GenerationRequest request;
        try {
            request = simulation.parser.parse(route.endpoint(), http.content().toString(StandardCharsets.UTF_8),
                    route.deployment(), http.headers().get(RequestParser.CASE_HEADER),
                    http.headers().get(RequestParser.REPEAT_HEADER));
        } catch (BadRequestException e) {
            error(ctx, format, ApiError.BAD_REQUEST, e.getMessage(), keepAlive);
            return;
        }
        long arrival = simulation.nextArrival();
        FaultKind fault = simulation.config.faults().faultFor(simulation.config.seed(), arrival).orElse(null);
        if (fault != null) {
            simulation.stats.fault(fault);
            if (fault.preemptsGeneration()) {
                injectFailure(ctx, format, fault, keepAlive);
                return;
            }
        }
        Reply reply = simulation.planner.plan(request, arrival);
        int promptTokens = TokenEstimate.promptTokens(request.promptText());
        Generation generation = new Generation(simulation.responseId(format, arrival), request.model(),
                System.currentTimeMillis() / 1000, promptTokens, reply, request.includeUsage());
        long stallNanos = simulation.config.faults().stall().toNanos();
        var listener = request.stream()
                ? new StreamingResponse(ctx, format.stream(generation), reply, fault, stallNanos, keepAlive,
                        simulation.config.stampTokens() ? new TokenStamp(receivedNanos) : null, simulation.stats,
                        this::finishInFlight)
                : new BufferedResponse(ctx, () -> format.body(generation), fault, stallNanos, keepAlive,
                        simulation.stats, this::finishInFlight);
        inFlight = new Sequence(arrival, receivedNanos, promptTokens, reply.completionTokens(),
                ctx.channel().eventLoop(), listener);
        simulation.stats.streamOpened();
        if (listener instanceof StreamingResponse streaming) {
            streaming.start();
        }
        simulation.engine.submit(inFlight);
    }

    private void injectFailure(ChannelHandlerContext ctx, WireFormat format, FaultKind fault, boolean keepAlive) {
        switch (fault) {
            case HTTP_429 -> {
                FullHttpResponse response = Responses.json(429, format.errorBody(ApiError.RATE_LIMITED,
                        "Rate limit reached (simulated). Please retry after the Retry-After interval."));
                response.headers().setInt(HttpHeaderNames.RETRY_AFTER, simulation.config.faults().retryAfterSeconds());
                Responses.send(ctx, response, keepAlive);
            }
            case HTTP_500 -> error(ctx, format, ApiError.INTERNAL, "Internal server error (simulated).", keepAlive);
            case HTTP_503 -> error(ctx, format, ApiError.UNAVAILABLE, "Service unavailable (simulated).", keepAlive);
            case RESET -> {
                // SO_LINGER 0 makes close() send RST: the client sees a reset, not a clean end of stream.
                ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                ctx.close();
            }
            default -> throw new IllegalStateException(fault + " does not preempt generation");
        }
    }

    private void error(ChannelHandlerContext ctx, WireFormat format, ApiError error, String message,
                       boolean keepAlive) {
        Responses.send(ctx, Responses.json(error.status(), format.errorBody(error, message)), keepAlive);
    }

    private String modelList() {
        ObjectNode root = JSON.createObjectNode();
        root.put("object", "list");
        root.putArray("data").addObject()
                .put("id", simulation.config.profile().model())
                .put("object", "model")
                .put("created", System.currentTimeMillis() / 1000)
                .put("owned_by", "aigate-simulator");
        return root.toString();
    }

    private void finishInFlight() {
        if (inFlight != null) {
            inFlight = null;
            simulation.stats.streamClosed();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (inFlight != null) {
            inFlight.cancel();
            finishInFlight();
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Client resets and half-written requests end here; there is nobody left to answer.
        ctx.close();
    }
}

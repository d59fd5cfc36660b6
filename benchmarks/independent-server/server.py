#!/usr/bin/env python3
"""Independent OpenAI/Anthropic streaming test server with exact delays and injected faults.

Faults are taken per HTTP request (attempt) from --faults (comma list, cycled only if --cycle) in arrival
order, else the X-Fault request header, else 'ok'. Each attempt is logged as one JSON line to --log with
the server's monotonic write offsets (ms since the request was fully read).

It shares no code with aigate or its simulator, so it checks the client against a second implementation.
Faults: ok, 429 (Retry-After: 1), 400 401 404 500 502 503 504 529, reset_before (RST before any byte),
reset_after_first (RST after the first token), truncate (body ends cleanly before [DONE]), truncate_close,
badjson (an invalid event mid-stream), stall / stall_before (silence after the first token / before the head),
nousage (no usage event), anth_overloaded (Anthropic error event), echo401 and echo_stream_error (echo the
API key back, for redaction checks). Usage: docs/providers.md, "Checked against an independent server"."""
import argparse, asyncio, json, socket, struct, sys, time

p = argparse.ArgumentParser()
p.add_argument('--port', type=int, default=18080)
p.add_argument('--ttft', type=float, default=80.0)
p.add_argument('--itl', type=float, default=15.0)
p.add_argument('--tokens', type=int, default=0, help='0: use max_tokens of the request')
p.add_argument('--faults', default='')
p.add_argument('--cycle', action='store_true')
p.add_argument('--tokens-per-event', type=int, default=1)
p.add_argument('--log', default='independent-server.log')
p.add_argument('--keepalive', action='store_true', help='send ": ping" comments between tokens')
a = p.parse_args()

FAULTS = [f for f in a.faults.split(',') if f]
state = {'n': 0}
logf = open(a.log, 'a', buffering=1)
WORD = ' hello'  # one cl100k_base token

def next_fault(headers):
    i = state['n']; state['n'] += 1
    if FAULTS:
        if a.cycle: return i, FAULTS[i % len(FAULTS)]
        if i < len(FAULTS): return i, FAULTS[i]
    return i, headers.get('x-fault', 'ok')

async def sleep_until(t):
    loop = asyncio.get_running_loop()
    if t <= loop.time(): return
    fut = loop.create_future()
    h = loop.call_at(t, lambda: fut.done() or fut.set_result(None))
    try: await fut
    finally: h.cancel()

def rst(writer):
    sock = writer.get_extra_info('socket')
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    writer.transport.abort()

def chunk(b): return b'%x\r\n%s\r\n' % (len(b), b)

def sse(obj, event=None):
    s = ''
    if event: s += 'event: %s\n' % event
    s += 'data: %s\n\n' % (obj if isinstance(obj, str) else json.dumps(obj))
    return chunk(s.encode())

async def handle(reader, writer):
    try:
        while True:
            line = await reader.readline()
            if not line: break
            method, path, _ = line.decode().split(' ', 2)
            headers = {}
            while True:
                h = await reader.readline()
                if h in (b'\r\n', b'\n', b''): break
                k, v = h.decode().split(':', 1); headers[k.strip().lower()] = v.strip()
            body = await reader.readexactly(int(headers.get('content-length', '0'))) if 'content-length' in headers else b''
            loop = asyncio.get_running_loop(); t0 = loop.time()
            req = json.loads(body) if body else {}
            idx, fault = next_fault(headers)
            rec = {'i': idx, 'path': path, 'fault': fault, 'auth': headers.get('authorization', headers.get('x-api-key')),
                   'stream': bool(req.get('stream')), 'max_tokens': req.get('max_tokens'), 'wall': time.time(),
                   'stream_options': req.get('stream_options'), 'writes': []}
            keep = await serve(writer, path, req, fault, t0, rec)
            logf.write(json.dumps(rec) + '\n')
            if not keep: return
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        try: writer.close()
        except Exception: pass

async def status(writer, code, text, extra=''):
    body = json.dumps({'error': {'message': 'injected %d' % code, 'type': 'x', 'code': code}}).encode()
    writer.write(('HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n' % (code, text, len(body), extra)).encode() + body)
    await writer.drain()
    return True

async def serve(writer, path, req, fault, t0, rec):
    loop = asyncio.get_running_loop()
    if fault == '429': return await status(writer, 429, 'Too Many Requests', 'Retry-After: 1\r\n')
    if fault in ('500', '502', '503', '504', '400', '401', '404'):
        return await status(writer, int(fault), 'Injected')
    if fault == 'reset_before': rst(writer); return False
    if fault == 'anth_overloaded':
        writer.write(b'HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n')
        writer.write(sse({'type': 'message_start', 'message': {'id': 'm', 'usage': {'input_tokens': 10, 'output_tokens': 1}}}, 'message_start'))
        writer.write(sse({'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}, 'error'))
        writer.write(b'0\r\n\r\n'); await writer.drain(); return True
    if fault == '529': return await status(writer, 529, 'Overloaded')
    if fault == 'echo401':
        body = json.dumps({'error': {'message': 'bad key ' + str(rec['auth'])}}).encode()
        writer.write(b'HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n' % len(body) + body)
        await writer.drain(); return True
    if fault == 'echo_stream_error':
        writer.write(b'HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n')
        writer.write(sse({'error': {'message': 'key was ' + str(rec['auth']), 'code': 400}}))
        writer.write(sse('[DONE]')); writer.write(b'0\r\n\r\n'); await writer.drain(); return True
    if fault == 'stall_before': await asyncio.sleep(3600); return False
    path = path.split('?')[0]
    anth = path.endswith('/messages')
    chat = path.endswith('/chat/completions')
    n = a.tokens or int(req.get('max_tokens') or 16)
    stream = bool(req.get('stream'))
    usage = fault != 'nousage'
    def w(b):
        writer.write(b); rec['writes'].append(round((loop.time() - t0) * 1000, 3))
    if not stream:
        await sleep_until(t0 + (a.ttft + (n - 1) * a.itl) / 1000)
        text = WORD * n
        if anth:
            obj = {'id': 'm', 'type': 'message', 'role': 'assistant', 'model': req.get('model'),
                   'content': [{'type': 'text', 'text': text}], 'stop_reason': 'max_tokens',
                   'usage': {'input_tokens': 10, 'output_tokens': n}}
        elif chat:
            obj = {'id': 'c', 'object': 'chat.completion', 'choices': [{'index': 0, 'message': {'role': 'assistant', 'content': text}, 'finish_reason': 'length'}]}
        else:
            obj = {'id': 'c', 'object': 'text_completion', 'choices': [{'index': 0, 'text': text, 'finish_reason': 'length'}]}
        if usage and not anth: obj['usage'] = {'prompt_tokens': 10, 'completion_tokens': n, 'total_tokens': 10 + n}
        body = json.dumps(obj).encode()
        w(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n' % len(body) + body)
        await writer.drain(); return True
    w(b'HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n')
    if anth:
        w(sse({'type': 'message_start', 'message': {'id': 'm', 'type': 'message', 'role': 'assistant', 'content': [], 'usage': {'input_tokens': 10, 'output_tokens': 1}}}, 'message_start'))
        w(sse({'type': 'content_block_start', 'index': 0, 'content_block': {'type': 'text', 'text': ''}}, 'content_block_start'))
        w(sse({'type': 'ping'}, 'ping'))
    else:
        w(chunk(b': keep-alive\n\n'))
        role = {'id': 'c', 'object': 'chat.completion.chunk', 'choices': [{'index': 0, 'delta': {'role': 'assistant', 'content': ''}, 'finish_reason': None}]}
        if chat: w(sse(role))
    await writer.drain()
    events = (n + a.tokens_per_event - 1) // a.tokens_per_event
    sent = 0
    for k in range(events):
        await sleep_until(t0 + (a.ttft + k * a.itl) / 1000)
        m = min(a.tokens_per_event, n - sent); sent += m
        if fault == 'badjson' and k == events // 2:
            w(chunk(b'data: {"choices": [{"delta": {"content": "x"\n\n')); await writer.drain(); continue
        text = WORD * m
        last = sent == n
        if anth:
            w(sse({'type': 'content_block_delta', 'index': 0, 'delta': {'type': 'text_delta', 'text': text}}, 'content_block_delta'))
        elif chat:
            w(sse({'id': 'c', 'object': 'chat.completion.chunk', 'choices': [{'index': 0, 'delta': {'content': text}, 'finish_reason': 'length' if last else None}]}))
        else:
            w(sse({'id': 'c', 'object': 'text_completion', 'choices': [{'index': 0, 'text': text, 'finish_reason': 'length' if last else None}]}))
        if a.keepalive and not anth: w(chunk(b': ping\n\n'))
        await writer.drain()
        if fault == 'reset_after_first' and k == 0: rst(writer); return False
        if fault == 'stall' and k == 0: await asyncio.sleep(3600); return False
    if fault == 'truncate':
        w(b'0\r\n\r\n'); await writer.drain(); return True
    if fault == 'truncate_close':
        writer.close(); return False
    if anth:
        w(sse({'type': 'content_block_stop', 'index': 0}, 'content_block_stop'))
        w(sse({'type': 'message_delta', 'delta': {'stop_reason': 'max_tokens'}, 'usage': {'output_tokens': n if usage else None}}, 'message_delta'))
        w(sse({'type': 'message_stop'}, 'message_stop'))
    else:
        if usage and (req.get('stream_options') or {}).get('include_usage'):
            w(sse({'id': 'c', 'object': 'chat.completion.chunk', 'choices': [], 'usage': {'prompt_tokens': 10, 'completion_tokens': n, 'total_tokens': 10 + n}}))
        w(sse('[DONE]'))
    w(b'0\r\n\r\n')
    await writer.drain()
    return True

async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', a.port, backlog=1024)
    print('listening', a.port, flush=True)
    async with srv: await srv.serve_forever()

asyncio.run(main())

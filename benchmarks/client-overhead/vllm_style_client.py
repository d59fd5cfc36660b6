"""A streaming client written the way vLLM's benchmark client is (benchmarks/backend_request_func.py,
async_request_openai_chat_completions): asyncio + aiohttp, `async for chunk_bytes in response.content`, strip,
drop the "data: " prefix, json.loads every event, time.perf_counter() per content event for TTFT and ITL.

Closed loop: CONCURRENCY tasks send REQUESTS requests back to back. --session per-request opens an
aiohttp.ClientSession per request exactly as that file does; --session shared reuses one (connection reuse),
which is the faster of the two and what we compare against.
"""
import argparse
import asyncio
import json
import time
from statistics import median

import aiohttp

AIOHTTP_TIMEOUT = aiohttp.ClientTimeout(total=6 * 60 * 60)


async def request(session, url, max_tokens):
    payload = {"model": "static", "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
               "temperature": 0.0, "max_tokens": max_tokens, "stream": True, "ignore_eos": True}
    headers = {"Content-Type": "application/json", "Authorization": "Bearer none"}
    ttft = 0.0
    itl = []
    st = time.perf_counter()
    most_recent_timestamp = st
    async with session.post(url=url, json=payload, headers=headers) as response:
        if response.status != 200:
            return None
        async for chunk_bytes in response.content:
            chunk_bytes = chunk_bytes.strip()
            if not chunk_bytes:
                continue
            chunk = chunk_bytes.decode("utf-8")
            if chunk.startswith("data: "):
                chunk = chunk[len("data: "):]
            if chunk == "[DONE]":
                continue
            timestamp = time.perf_counter()
            data = json.loads(chunk)
            if data["choices"] and data["choices"][0]["delta"].get("content"):
                if ttft == 0.0:
                    ttft = timestamp - st
                else:
                    itl.append(timestamp - most_recent_timestamp)
                most_recent_timestamp = timestamp
    return ttft, itl, most_recent_timestamp - st


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--session", choices=["per-request", "shared"], default="shared")
    parser.add_argument("--max-tokens", type=int, default=16)
    args = parser.parse_args()

    remaining = args.requests
    content_events = 0
    completed = 0
    ttfts, itls, e2els = [], [], []
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    shared = aiohttp.ClientSession(timeout=AIOHTTP_TIMEOUT, connector=connector)

    async def worker():
        nonlocal remaining, content_events, completed
        while remaining > 0:
            remaining -= 1
            if args.session == "shared":
                result = await request(shared, args.url, args.max_tokens)
            else:
                async with aiohttp.ClientSession(timeout=AIOHTTP_TIMEOUT) as session:
                    result = await request(session, args.url, args.max_tokens)
            if result is not None:
                completed += 1
                content_events += 1 + len(result[1])
                ttfts.append(result[0])
                itls.extend(result[1])
                e2els.append(result[2])

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(args.concurrency)))
    elapsed = time.perf_counter() - start
    await shared.close()
    print(json.dumps({"client": "python-aiohttp-" + args.session, "completed": completed,
                      "content_events": content_events, "seconds": round(elapsed, 3),
                      "requests_per_s": round(completed / elapsed, 1),
                      "ttft_p50_ms": round(median(ttfts) * 1000, 3), "itl_p50_ms": round(median(itls) * 1000, 3),
                      "e2el_p50_ms": round(median(e2els) * 1000, 3)}))


asyncio.run(main())

#!/usr/bin/env python3
"""A small OpenAI-compatible streaming server running a randomly initialised Llama-architecture model on the GPU.

It exists to benchmark aigate against real token-by-token generation on a real GPU where nothing can be
downloaded: the weights are random (so the text is nonsense), the tokenizer is trivial (one token per
whitespace-separated word, hashed into the vocabulary), but every output token is one real forward pass of the
model with a KV cache.

Scheduling: static batching. A GPU worker thread takes the first waiting request plus whatever arrives within
--batch-window-ms (up to --max-batch requests), left-pads their prompts, runs one batched prefill and then
batched decode steps until every request in the batch has its max_tokens; each token is streamed to its request
as soon as its step finishes. Requests that arrive meanwhile wait for the next batch (that wait is part of their
TTFT, as is the batch window). ignore_eos is implied: generation always runs to max_tokens.

    python3 torch_llm_server.py --port 8000 --layers 16 --hidden 1536
    aigate bench --url http://127.0.0.1:8000/v1 --model random-llama --concurrency 8 --requests 64
"""
import argparse
import asyncio
import json
import queue
import threading
import time
import uuid
import zlib

import torch
from aiohttp import web
from transformers import LlamaConfig, LlamaForCausalLM

MODEL_NAME = "random-llama"


def tokenize(text, vocab):
    return [zlib.crc32(word.encode()) % (vocab - 1) + 1 for word in text.split()] or [1]


class Job:
    def __init__(self, prompt_ids, max_tokens, loop):
        self.prompt_ids = prompt_ids
        self.max_tokens = max_tokens
        self.loop = loop
        self.tokens = asyncio.Queue()

    def emit(self, item):
        self.loop.call_soon_threadsafe(self.tokens.put_nowait, item)


class BatchingGenerator:
    def __init__(self, model, max_batch, window_ms):
        self.model = model
        self.max_batch = max_batch
        self.window_s = window_ms / 1000
        self.waiting = queue.Queue()
        threading.Thread(target=self._run, daemon=True).start()

    def submit(self, job):
        self.waiting.put(job)

    def _run(self):
        while True:
            batch = [self.waiting.get()]
            # Requests sent together arrive a few ms apart: gather for a moment so they share one batch.
            deadline = time.monotonic() + self.window_s
            while len(batch) < self.max_batch:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                try:
                    batch.append(self.waiting.get(timeout=left))
                except queue.Empty:
                    break
            try:
                self._generate(batch)
            except Exception as error:  # a failed batch fails its requests, not the server
                for job in batch:
                    job.emit(error)

    @torch.inference_mode()
    def _generate(self, batch):
        device = self.model.device
        longest = max(len(job.prompt_ids) for job in batch)
        ids = torch.zeros((len(batch), longest), dtype=torch.long)
        mask = torch.zeros((len(batch), longest), dtype=torch.long)
        for row, job in enumerate(batch):
            ids[row, longest - len(job.prompt_ids):] = torch.tensor(job.prompt_ids)
            mask[row, longest - len(job.prompt_ids):] = 1
        ids, mask = ids.to(device), mask.to(device)
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        out = self.model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True)
        cache = out.past_key_values
        steps = max(job.max_tokens for job in batch)
        for step in range(steps):
            next_ids = out.logits[:, -1, :].argmax(-1)
            produced = next_ids.tolist()  # synchronises: the step's token exists now
            for row, job in enumerate(batch):
                if step < job.max_tokens:
                    job.emit(produced[row])
                if step + 1 == job.max_tokens:
                    job.emit(None)
            if step + 1 == steps:
                break
            mask = torch.cat([mask, mask.new_ones((len(batch), 1))], dim=-1)
            positions = positions[:, -1:] + 1
            out = self.model(input_ids=next_ids[:, None], attention_mask=mask, position_ids=positions,
                             past_key_values=cache, use_cache=True)
            cache = out.past_key_values


def sse(payload):
    return ("data: " + json.dumps(payload) + "\n\n").encode()


async def completions(request):
    body = await request.json()
    if not body.get("stream"):
        raise web.HTTPBadRequest(text="this server only streams; send stream: true")
    chat = request.path.endswith("/chat/completions")
    text = " ".join(m.get("content", "") for m in body["messages"]) if chat else body["prompt"]
    generator = request.app["generator"]
    prompt_ids = tokenize(text, generator.model.config.vocab_size)
    max_tokens = int(body.get("max_tokens") or body.get("max_completion_tokens") or 16)
    job = Job(prompt_ids, max_tokens, asyncio.get_running_loop())
    generator.submit(job)
    rid = "cmpl-" + uuid.uuid4().hex
    created = int(time.time())
    kind = "chat.completion.chunk" if chat else "text_completion"

    def chunk(choices, usage=None):
        payload = {"id": rid, "object": kind, "created": created, "model": MODEL_NAME, "choices": choices}
        if usage is not None:
            payload["usage"] = usage
        return sse(payload)

    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await response.prepare(request)
    if chat:
        await response.write(chunk([{"index": 0, "delta": {"role": "assistant", "content": ""}}]))
    produced = 0
    while True:
        token = await job.tokens.get()
        if isinstance(token, Exception):
            raise token
        if token is None:
            break
        produced += 1
        piece = f"t{token} "
        choice = {"index": 0, "delta": {"content": piece}} if chat else {"index": 0, "text": piece}
        await response.write(chunk([choice]))
    finish = {"index": 0, "delta": {}, "finish_reason": "length"} if chat else \
        {"index": 0, "text": "", "finish_reason": "length"}
    await response.write(chunk([finish]))
    if (body.get("stream_options") or {}).get("include_usage"):
        usage = {"prompt_tokens": len(prompt_ids), "completion_tokens": produced,
                 "total_tokens": len(prompt_ids) + produced}
        await response.write(chunk([], usage))
    await response.write(b"data: [DONE]\n\n")
    await response.write_eof()
    return response


async def models(request):
    return web.json_response({"object": "list", "data": [{"id": MODEL_NAME, "object": "model"}]})


def build_model(args):
    config = LlamaConfig(vocab_size=32000, hidden_size=args.hidden, intermediate_size=args.hidden * 8 // 3 // 64 * 64,
                         num_hidden_layers=args.layers, num_attention_heads=args.hidden // 128,
                         num_key_value_heads=max(1, args.hidden // 512), max_position_embeddings=8192)
    torch.manual_seed(0)
    with torch.device("cuda"):
        model = LlamaForCausalLM(config).to(torch.bfloat16).eval()
    parameters = sum(p.numel() for p in model.parameters())
    print(f"model: {args.layers} layers, hidden {args.hidden}, {parameters / 1e6:.0f}M parameters, bf16 on "
          f"{torch.cuda.get_device_name()}", flush=True)
    return model


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--layers", type=int, default=16)
    parser.add_argument("--hidden", type=int, default=1536)
    parser.add_argument("--max-batch", type=int, default=64)
    parser.add_argument("--batch-window-ms", type=float, default=5,
                        help="how long the first waiting request waits for others to join its batch")
    args = parser.parse_args()
    app = web.Application()
    app["generator"] = BatchingGenerator(build_model(args), args.max_batch, args.batch_window_ms)
    app.router.add_post("/v1/chat/completions", completions)
    app.router.add_post("/v1/completions", completions)
    app.router.add_get("/v1/models", models)
    web.run_app(app, host="127.0.0.1", port=args.port, print=lambda line: print(line, flush=True))


if __name__ == "__main__":
    main()

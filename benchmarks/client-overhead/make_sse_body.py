"""Writes the static SSE answer nginx serves: an OpenAI chat stream of 16 content events, as vLLM sends it."""
import json
import sys

TOKENS = 16
created = 1700000000


def chunk(delta, finish=None, usage=None, choices=True):
    body = {"id": "chatcmpl-static", "object": "chat.completion.chunk", "created": created, "model": "static"}
    body["choices"] = [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}] if choices else []
    if usage is not None:
        body["usage"] = usage
    return "data: " + json.dumps(body, separators=(",", ":")) + "\n\n"


events = [chunk({"role": "assistant", "content": ""})]
events += [chunk({"content": " tok%d" % i}) for i in range(TOKENS)]
events.append(chunk({}, finish="length"))
events.append(chunk(None, usage={"prompt_tokens": 32, "completion_tokens": TOKENS, "total_tokens": 32 + TOKENS},
                    choices=False))
events.append("data: [DONE]\n\n")
sys.stdout.write("".join(events))

"""httpbin-compatible endpoints, so the chapter's URLs work by swapping the host.

Response shapes follow httpbin.org: ``/get`` returns ``args``, ``headers``,
``origin`` and ``url``; ``/post`` and ``/anything`` add ``data``, ``files``,
``form`` and ``json``; and so on.
"""

from __future__ import annotations

import asyncio
import json
import random
import uuid

from aiohttp import web

from .limits import (
    MAX_BYTES,
    MAX_DELAY,
    MAX_REDIRECTS,
    MAX_STREAM_LINES,
    bad_request,
    bounded,
    plain_number,
)
from .samples import HTML_PAGE, SLIDESHOW

__all__ = ["routes"]

routes = web.RouteTableDef()


def _args(request: web.Request) -> dict:
    args: dict = {}
    for key in request.query:
        values = request.query.getall(key)
        args[key] = values[0] if len(values) == 1 else values
    return args


def describe(request: web.Request) -> dict:
    """The part every httpbin echo shares."""
    return {
        "args": _args(request),
        "headers": dict(request.headers),
        "origin": request.remote or "127.0.0.1",
        "url": str(request.url),
    }


async def _describe_body(request: web.Request) -> dict:
    body = await request.read()
    text = body.decode("utf-8", "replace")
    form: dict = {}
    parsed = None
    if request.content_type == "application/x-www-form-urlencoded":
        form = dict(await request.post())
    elif request.content_type == "application/json" and body:
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
    return {**describe(request), "data": text, "files": {}, "form": form, "json": parsed}


@routes.get("/get")
async def get(request: web.Request) -> web.Response:
    return web.json_response(describe(request))


@routes.post("/post")
async def post(request: web.Request) -> web.Response:
    return web.json_response(await _describe_body(request))


@routes.route("*", "/anything")
@routes.route("*", "/anything/{rest:.*}")
async def anything(request: web.Request) -> web.Response:
    return web.json_response({**await _describe_body(request), "method": request.method})


@routes.get("/headers")
async def headers(request: web.Request) -> web.Response:
    return web.json_response({"headers": dict(request.headers)})


@routes.get("/ip")
async def ip(request: web.Request) -> web.Response:
    return web.json_response({"origin": request.remote or "127.0.0.1"})


@routes.get("/uuid")
async def uuid4(request: web.Request) -> web.Response:
    return web.json_response({"uuid": str(uuid.uuid4())})


@routes.get("/json")
async def json_sample(request: web.Request) -> web.Response:
    return web.json_response(SLIDESHOW)


@routes.get("/html")
async def html(request: web.Request) -> web.Response:
    return web.Response(text=HTML_PAGE, content_type="text/html")


@routes.route("*", "/delay/{n}")
async def delay(request: web.Request) -> web.Response:
    seconds = bounded(request.match_info["n"], "delay", cap=MAX_DELAY)
    await asyncio.sleep(seconds)
    return web.json_response(await _describe_body(request))


def _pick_status(spec: str) -> int:
    """``"200"`` or httpbin's weighted ``"200:0.9,500:0.1"`` / ``"200,500"``."""
    codes, weights = [], []
    for part in spec.split(","):
        code, _, weight = part.partition(":")
        try:
            if not plain_number(code):
                raise ValueError(code)
            codes.append(int(code))
            weights.append(float(weight) if weight else 1.0)
        except ValueError:
            raise bad_request(f"invalid status code {part!r}") from None
    try:
        status = random.choices(codes, weights)[0]
    except (ValueError, IndexError):  # weights all zero, negative or not finite
        raise bad_request(f"invalid status weights {spec!r}") from None
    return _final_status(status)


def _final_status(status: int) -> int:
    # A 1xx is an interim response: sent as the final one, it leaves the client waiting.
    if not 200 <= status <= 599:
        raise bad_request(f"status code must be between 200 and 599, got {status}")
    return status


@routes.route("*", "/status/{codes}")
async def status(request: web.Request) -> web.Response:
    code = _pick_status(request.match_info["codes"])
    if 300 <= code < 400:
        return web.Response(status=code, headers={"Location": _sibling(request, "redirect/1")})
    return web.Response(status=code)


@routes.get("/bytes/{n}")
async def random_bytes(request: web.Request) -> web.Response:
    n = int(bounded(request.match_info["n"], "n", cap=MAX_BYTES, integer=True))
    seed = request.query.get("seed")
    rng = random.Random(seed) if seed is not None else random.Random()
    return web.Response(body=rng.randbytes(n), content_type="application/octet-stream")


@routes.get("/stream/{n}")
async def stream(request: web.Request) -> web.StreamResponse:
    n = int(bounded(request.match_info["n"], "n", cap=MAX_STREAM_LINES, integer=True))
    response = web.StreamResponse(headers={"Content-Type": "application/json"})
    await response.prepare(request)
    for i in range(n):
        line = {**describe(request), "id": i}
        await response.write(json.dumps(line).encode() + b"\n")
    await response.write_eof()
    return response


@routes.get("/drip")
async def drip(request: web.Request) -> web.StreamResponse:
    """Send ``numbytes`` asterisks spread over ``duration`` seconds after ``delay``."""
    q = request.query
    duration = bounded(q.get("duration"), "duration", cap=MAX_DELAY, default=2.0)
    numbytes = int(bounded(q.get("numbytes"), "numbytes", cap=MAX_BYTES, default=10,
                           integer=True))
    code = _final_status(int(bounded(q.get("code"), "code", cap=599, default=200, integer=True)))
    await asyncio.sleep(bounded(q.get("delay"), "delay", cap=MAX_DELAY, default=0.0))
    response = web.StreamResponse(
        status=code, headers={"Content-Type": "application/octet-stream",
                              "Content-Length": str(numbytes)})
    await response.prepare(request)
    pause = duration / numbytes if numbytes else 0
    for _ in range(numbytes):
        await response.write(b"*")
        await asyncio.sleep(pause)
    await response.write_eof()
    return response


def _sibling(request: web.Request, tail: str) -> str:
    """A path next to this endpoint, keeping any ``/scope/{name}`` prefix."""
    scope = request.match_info.get("scope")
    return f"/scope/{scope}/{tail}" if scope else f"/{tail}"


@routes.get("/redirect/{n}")
async def redirect(request: web.Request) -> web.Response:
    n = int(bounded(request.match_info["n"], "n", cap=MAX_REDIRECTS, integer=True))
    target = _sibling(request, f"redirect/{n - 1}" if n > 1 else "get")
    raise web.HTTPFound(target)

"""The httpbin-compatible endpoints: shapes, behaviours and caps."""

from __future__ import annotations

import json
import time
import uuid

import aiohttp
import pytest

from autograder.server.limits import MAX_BYTES, MAX_DELAY, MAX_REDIRECTS, MAX_STREAM_LINES

ECHO_KEYS = {"args", "headers", "origin", "url"}
BODY_KEYS = ECHO_KEYS | {"data", "files", "form", "json"}


async def test_get_echoes_args_headers_origin_url(http, mock_server):
    """Does /get answer httpbin's shape, with repeated query keys as lists?"""
    async with http.get(f"{mock_server.url}/get?a=1&a=2&b=3",
                        headers={"X-Course": "yes"}) as response:
        assert response.status == 200
        assert response.content_type == "application/json"
        body = await response.json()
    assert set(body) == ECHO_KEYS
    assert body["args"] == {"a": ["1", "2"], "b": "3"}
    assert body["headers"]["X-Course"] == "yes"
    assert body["origin"] == "127.0.0.1"
    assert body["url"] == f"{mock_server.url}/get?a=1&a=2&b=3"


async def test_post_json_body(http, mock_server):
    """Does /post echo a JSON body in "json" and its text in "data"?"""
    async with http.post(f"{mock_server.url}/post", json={"n": 1, "s": "x"}) as response:
        assert response.status == 200
        body = await response.json()
    assert set(body) == BODY_KEYS
    assert body["json"] == {"n": 1, "s": "x"}
    assert json.loads(body["data"]) == {"n": 1, "s": "x"}
    assert body["form"] == {} and body["files"] == {}


async def test_post_form_body(http, mock_server):
    """Does /post put a urlencoded form in "form" and leave "json" null?"""
    async with http.post(f"{mock_server.url}/post", data={"name": "ada"}) as response:
        body = await response.json()
    assert body["form"] == {"name": "ada"}
    assert body["json"] is None
    assert body["data"] == "name=ada"


async def test_post_rejects_get(http, mock_server):
    """Does GET /post answer 405 like httpbin?"""
    async with http.get(f"{mock_server.url}/post") as response:
        assert response.status == 405


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
async def test_anything_echoes_any_method(http, mock_server, method):
    """Does /anything accept every method and report it in "method"?"""
    async with http.request(method, f"{mock_server.url}/anything/some/path?q=1",
                            data=b"raw") as response:
        assert response.status == 200
        body = await response.json()
    assert set(body) == BODY_KEYS | {"method"}
    assert body["method"] == method
    assert body["args"] == {"q": "1"}
    assert body["data"] == "raw"
    assert body["url"].endswith("/anything/some/path?q=1")


async def test_json_is_the_slideshow(http, mock_server):
    """Does /json serve httpbin's slideshow document?"""
    async with http.get(f"{mock_server.url}/json") as response:
        body = await response.json()
    assert body["slideshow"]["title"] == "Sample Slide Show"
    assert len(body["slideshow"]["slides"]) == 2


async def test_html_is_moby_dick(http, mock_server):
    """Does /html serve an HTML page (text/html) with httpbin's Moby-Dick heading?"""
    async with http.get(f"{mock_server.url}/html") as response:
        assert response.content_type == "text/html"
        text = await response.text()
    assert text.startswith("<!DOCTYPE html>")
    assert "<h1>Herman Melville - Moby-Dick</h1>" in text


async def test_uuid_is_a_fresh_uuid4(http, mock_server):
    """Does /uuid answer {"uuid": ...} with a different version-4 UUID each time?"""
    seen = set()
    for _ in range(3):
        async with http.get(f"{mock_server.url}/uuid") as response:
            body = await response.json()
        assert set(body) == {"uuid"}
        assert uuid.UUID(body["uuid"]).version == 4
        seen.add(body["uuid"])
    assert len(seen) == 3


async def test_headers_echoes_request_headers(http, mock_server):
    """Does /headers answer {"headers": {...}} including the client's own header?"""
    async with http.get(f"{mock_server.url}/headers", headers={"X-Token": "abc"}) as response:
        body = await response.json()
    assert set(body) == {"headers"}
    assert body["headers"]["X-Token"] == "abc"
    assert body["headers"]["Host"] == mock_server.url.removeprefix("http://")


async def test_ip_is_loopback(http, mock_server):
    """Does /ip answer {"origin": "127.0.0.1"} for a local client?"""
    async with http.get(f"{mock_server.url}/ip") as response:
        assert await response.json() == {"origin": "127.0.0.1"}


async def test_delay_fractional(http, mock_server):
    """Does /delay/0.3 wait 0.3 s (not 0, not whole seconds) and echo like /get?"""
    start = time.monotonic()
    async with http.get(f"{mock_server.url}/delay/0.3?x=1") as response:
        assert response.status == 200
        body = await response.json()
    elapsed = time.monotonic() - start
    assert 0.29 <= elapsed < 1.0
    assert BODY_KEYS <= set(body)
    assert body["args"] == {"x": "1"}


async def test_delay_accepts_post(http, mock_server):
    """Does /delay/{n} accept a POST and echo its JSON body, like httpbin?"""
    async with http.post(f"{mock_server.url}/delay/0", json=[1, 2]) as response:
        assert response.status == 200
        assert (await response.json())["json"] == [1, 2]


async def test_status_single_code(http, mock_server):
    """Does /status/418 answer 418?"""
    async with http.get(f"{mock_server.url}/status/418") as response:
        assert response.status == 418


async def test_status_weighted_is_deterministic_with_zero_weight(http, mock_server):
    """Does /status/200:0,418:1 always pick 418 (a zero weight is never chosen)?"""
    for _ in range(20):
        async with http.get(f"{mock_server.url}/status/200:0,418:1") as response:
            assert response.status == 418


async def test_status_list_picks_among_codes(http, mock_server):
    """Does /status/201,202 answer one of the listed codes?"""
    for _ in range(10):
        async with http.get(f"{mock_server.url}/status/201,202") as response:
            assert response.status in {201, 202}


async def test_status_redirect_keeps_scope(http, mock_server, scope):
    """Does a 3xx from /scope/{name}/status/302 point its Location inside the scope?"""
    async with http.get(mock_server.scope_url(scope, "/status/302"),
                        allow_redirects=False) as response:
        assert response.status == 302
        assert response.headers["Location"] == f"/scope/{scope}/redirect/1"


async def test_bytes_seed_is_reproducible(http, mock_server):
    """Does /bytes/{n}?seed=S answer n octet-stream bytes, identical for the same seed?"""
    bodies = []
    for seed in ("42", "42", "7"):
        async with http.get(f"{mock_server.url}/bytes/256?seed={seed}") as response:
            assert response.content_type == "application/octet-stream"
            bodies.append(await response.read())
    assert [len(b) for b in bodies] == [256, 256, 256]
    assert bodies[0] == bodies[1]
    assert bodies[0] != bodies[2]


async def test_bytes_without_seed_vary(http, mock_server):
    """Does /bytes/{n} without a seed answer different bytes each time?"""
    bodies = []
    for _ in range(2):
        async with http.get(f"{mock_server.url}/bytes/64") as response:
            bodies.append(await response.read())
    assert bodies[0] != bodies[1]


async def test_bytes_at_the_cap(http, mock_server):
    """Does /bytes/{MAX_BYTES} still answer the full amount?"""
    async with http.get(f"{mock_server.url}/bytes/{MAX_BYTES}") as response:
        assert response.status == 200
        assert len(await response.read()) == MAX_BYTES


async def test_stream_sends_n_json_lines(http, mock_server):
    """Does /stream/3 send three JSON lines with ids 0, 1, 2 and httpbin's echo keys?"""
    async with http.get(f"{mock_server.url}/stream/3?k=v") as response:
        assert response.status == 200
        lines = [json.loads(line) async for line in response.content if line.strip()]
    assert [line["id"] for line in lines] == [0, 1, 2]
    for line in lines:
        assert ECHO_KEYS <= set(line)
        assert line["args"] == {"k": "v"}


async def test_drip_spreads_bytes_over_duration(http, mock_server):
    """Does /drip send numbytes asterisks spread over about `duration` seconds?"""
    start = time.monotonic()
    async with http.get(f"{mock_server.url}/drip?numbytes=5&duration=0.3&delay=0") as response:
        assert response.status == 200
        assert response.headers["Content-Length"] == "5"
        body = await response.read()
    elapsed = time.monotonic() - start
    assert body == b"*****"
    assert 0.2 <= elapsed < 1.5  # the last byte leaves one pause before the end


async def test_drip_status_code(http, mock_server):
    """Does /drip?code=503 answer 503 with the body still dripped?"""
    async with http.get(f"{mock_server.url}/drip?numbytes=2&duration=0&code=503") as response:
        assert response.status == 503
        assert await response.read() == b"**"


async def test_redirect_n_ends_at_get(http, mock_server):
    """Does /redirect/3 go through three 302s and end at /get?"""
    async with http.get(f"{mock_server.url}/redirect/3") as response:
        assert response.status == 200
        assert [r.status for r in response.history] == [302, 302, 302]
        assert response.url.path == "/get"
        assert (await response.json())["url"] == f"{mock_server.url}/get"


async def test_redirect_scoped_keeps_prefix(http, mock_server, scope):
    """Does /scope/{name}/redirect/2 stay inside the scope at every hop?"""
    async with http.get(mock_server.scope_url(scope, "/redirect/2")) as response:
        assert response.status == 200
        assert response.url.path == f"/scope/{scope}/get"
        locations = [r.headers["Location"] for r in response.history]
    assert locations == [f"/scope/{scope}/redirect/1", f"/scope/{scope}/get"]
    stats = mock_server.stats(scope)
    assert [e["path"] for e in stats["timeline"]] == [
        f"/scope/{scope}/redirect/2", f"/scope/{scope}/redirect/1", f"/scope/{scope}/get"]


BAD_REQUESTS = [
    f"/delay/{MAX_DELAY + 1:g}",
    "/delay/10.01",
    "/delay/-1",
    "/delay/abc",
    "/delay/nan",
    "/delay/inf",
    '/delay/"quoted"',
    f"/bytes/{MAX_BYTES + 1}",
    "/bytes/-5",
    "/bytes/1.5",
    "/bytes/lots",
    f"/stream/{MAX_STREAM_LINES + 1}",
    "/stream/-1",
    "/stream/x",
    f"/redirect/{MAX_REDIRECTS + 1}",
    "/redirect/-1",
    "/drip?duration=11",
    f"/drip?numbytes={MAX_BYTES + 1}",
    "/drip?delay=-1",
    "/drip?code=0",
    "/status/abc",
    "/status/99",
    "/status/100",
    "/status/600",
    "/status/200:0,418:0",
    "/status/200:x",
]


@pytest.mark.parametrize("path", BAD_REQUESTS)
async def test_out_of_range_answers_400_with_error(http, mock_server, path):
    """Does a negative, non-numeric or too large parameter answer 400 with {"error": ...}?"""
    start = time.monotonic()
    async with http.get(f"{mock_server.url}{path}") as response:
        assert response.status == 400
        assert response.content_type == "application/json"
        body = await response.json()
    assert set(body) == {"error"}
    assert isinstance(body["error"], str) and body["error"]
    assert time.monotonic() - start < 1.0  # refused at once, never slept


async def test_delay_above_cap_names_the_cap(http, mock_server):
    """Does /delay/{n} above 10 s answer 400 with an error that says the limit?"""
    async with http.get(f"{mock_server.url}/delay/11") as response:
        assert response.status == 400
        body = await response.json()
    assert "delay" in body["error"] and "10" in body["error"]


async def test_unknown_path_is_404(http, mock_server):
    """Does a path the server does not know answer 404?"""
    async with http.get(f"{mock_server.url}/no-such-endpoint") as response:
        assert response.status == 404


async def test_every_endpoint_also_served_under_a_scope(http, mock_server, scope):
    """Is every httpbin endpoint reachable under /scope/{name}/ too?"""
    paths = ["/get", "/anything", "/json", "/html", "/uuid", "/delay/0", "/status/204",
             "/bytes/4", "/stream/1", "/drip?numbytes=1&duration=0", "/redirect/1",
             "/headers", "/ip"]
    for path in paths:
        async with http.get(mock_server.scope_url(scope, path)) as response:
            assert response.status in (200, 204), path
            await response.read()
    assert mock_server.stats(scope)["requests"] == len(paths) + 1  # the redirect's hop


async def test_client_can_read_everything_with_aiohttp_defaults(mock_server):
    """Does a default aiohttp.ClientSession (no options) talk to the server?"""
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{mock_server.url}/get") as response:
            assert response.status == 200

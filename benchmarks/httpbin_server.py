"""httpbin on Flask's threaded development server, for ``httpbin_compare.py``.

Runs under the throwaway venv that ``httpbin_compare.py`` makes (httpbin is not a
dependency of the course). Same server as ``app.run(threaded=True)`` (werkzeug's
``make_server``, a thread per request, listen backlog 128), minus the reloader, and
with the per-request access log off, as the mock server's is. Prints its base URL
as the first stdout line; SIGTERM stops it.

    benchmarks/results/httpbin-venv/bin/python benchmarks/httpbin_server.py [--port 0]
"""

from __future__ import annotations

import argparse
import logging
import resource

from httpbin import app
from werkzeug.serving import make_server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    server = make_server(args.host, args.port, app, threaded=True)
    print(f"http://{args.host}:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()

"""Keep every Python process started with this folder on PYTHONPATH off the network.

The course must run offline: lessons talk only to the mock server on 127.0.0.1.
Python imports ``sitecustomize`` at start-up from the first folder on ``sys.path``
that has one, so a kernel (and every script or worker process it starts, which
inherit its environment) gets this guard before any lesson code runs.

``socket.socket.connect``, ``connect_ex`` and ``sendto`` raise
``ConnectionRefusedError("offline course: refused connection to <address>")``
for an internet address: anything but loopback (127.0.0.0/8, ::1) and Unix
sockets. ``socket.getaddrinfo`` refuses to look up any host name but
``localhost`` (``socket.gaierror``), so no DNS query leaves either.
Not covered: C extensions that make their own sockets or name lookups.
"""

from __future__ import annotations

import ipaddress
import socket

__all__ = ["is_allowed", "is_local_name"]

_INET = (socket.AF_INET, socket.AF_INET6)


def is_local_name(host) -> bool:
    """May ``host`` be looked up? Only ``localhost`` and literal addresses need no DNS."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str) or host.lower() in ("", "localhost", "localhost."):
        return True
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def is_allowed(family: int, address) -> bool:
    """May a socket of ``family`` connect to ``address``?"""
    if family not in _INET:
        return True  # AF_UNIX and other local families
    host = address[0] if isinstance(address, tuple) and address else address
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    except ValueError:
        return False  # a host name: refused without a DNS lookup
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def _refuse(address) -> ConnectionRefusedError:
    return ConnectionRefusedError(f"offline course: refused connection to {address!r}")


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_sendto = socket.socket.sendto
_getaddrinfo = socket.getaddrinfo


def connect(self, address):
    if not is_allowed(self.family, address):
        raise _refuse(address)
    return _connect(self, address)


def connect_ex(self, address):
    if not is_allowed(self.family, address):
        raise _refuse(address)
    return _connect_ex(self, address)


def sendto(self, data, *args):
    address = args[-1] if args else None
    if not is_allowed(self.family, address):
        raise _refuse(address)
    return _sendto(self, data, *args)


def getaddrinfo(host, *args, **kwargs):
    if not is_local_name(host):
        raise socket.gaierror(socket.EAI_NONAME, f"offline course: refused to resolve {host!r}")
    return _getaddrinfo(host, *args, **kwargs)


socket.getaddrinfo = getaddrinfo
socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.socket.sendto = sendto
socket.OFFLINE_COURSE_GUARD = True  # lets a test see that the guard is loaded

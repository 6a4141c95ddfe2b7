#!/usr/bin/python3
"""A throwaway SMTP server for the integration tests: stores every message it accepts as a
.eml file in a folder. Optionally offers STARTTLS (and then requires it) with a given
certificate. Prints "ready PORT" once it listens, and stops when its standard input closes."""
import argparse
import os
import ssl
import sys
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, "%d.eml" % time.time_ns())
        with open(name + ".part", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(name + ".part", name)
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    kwargs = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        kwargs = {"tls_context": context, "require_starttls": True}
    controller = Controller(Sink(args.folder), hostname="127.0.0.1", port=args.port, **kwargs)
    controller.start()
    print("ready %d" % args.port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""TCP proxy of bench/faults.sh between the app and PostgreSQL, on loopback: SIGUSR1 cuts it (closes the listener and
every open connection, as a crashed database or a cut network looks to the app), SIGUSR2 restores it on the same port,
SIGTERM stops it. Prints one line per event.

Usage: proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT
"""
import asyncio
import signal
import sys
import time

listen_port, target_host, target_port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
open_writers = set()
server = None


def say(event):
    print(f"{time.time():.3f} {event}", flush=True)


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def handle(client_reader, client_writer):
    try:
        upstream_reader, upstream_writer = await asyncio.open_connection(target_host, target_port)
    except OSError:
        client_writer.close()
        return
    pair = (client_writer, upstream_writer)
    open_writers.update(pair)
    try:
        await asyncio.gather(pipe(client_reader, upstream_writer), pipe(upstream_reader, client_writer))
    finally:
        open_writers.difference_update(pair)


async def listen():
    global server
    server = await asyncio.start_server(handle, "127.0.0.1", listen_port, reuse_address=True)
    say(f"listening on 127.0.0.1:{listen_port}")


def cut():
    global server
    if server is not None:
        server.close()
        server = None
    for writer in list(open_writers):
        writer.transport.abort()
    open_writers.clear()
    say("cut")


def restore():
    if server is None:
        asyncio.get_running_loop().create_task(listen())
        say("restored")


async def main():
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, cut)
    loop.add_signal_handler(signal.SIGUSR2, restore)
    loop.add_signal_handler(signal.SIGTERM, lambda: stop.done() or stop.set_result(None))
    loop.add_signal_handler(signal.SIGINT, lambda: stop.done() or stop.set_result(None))
    await listen()
    await stop
    cut()


asyncio.run(main())

#!/usr/bin/env python3
"""threadpool_client.py URL_TEMPLATE DEST [THREADS]

The barest thread-pool peer for bench/compare-with-curl, flags2_threadpool's
way: every code AA..ZZ, one blocking raw HTTP/1.1 GET each with
Connection: close on a worker of a ThreadPoolExecutor of THREADS (default
1000) threads, 200 bodies saved as DEST/{cc}.{ext}. Standard library only.
No retries, no redirects, no TLS, no decoding: the floor a full client is
measured against, not a client. Prints the flags2 counts and the most
threads the process had.
"""
import os
import socket
import string
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

peak_threads = 0
peak_lock = threading.Lock()


def fetch(url, dest):
    global peak_threads
    with peak_lock:
        peak_threads = max(peak_threads, threading.active_count())
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port or 80)) as sock:
        sock.sendall(f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                     "Connection: close\r\n\r\n".encode())
        # With Connection: close the body ends where the stream does.
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if status == 200:
        with open(os.path.join(dest, os.path.basename(parts.path)), "wb") as f:
            f.write(body)
    return status


def main(template, dest, threads):
    os.makedirs(dest, exist_ok=True)
    codes = [a + b for a in string.ascii_lowercase for b in string.ascii_lowercase]
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = [pool.submit(fetch, template.replace("{cc}", cc), dest) for cc in codes]
        results = [f.result() if not f.exception() else None for f in futures]
    ok = sum(r == 200 for r in results)
    missing = sum(r == 404 for r in results)
    print(f"{ok} flags downloaded.\n{missing} not found.\n{len(results) - ok - missing} errors.\n"
          f"Elapsed time: {time.perf_counter() - start:.2f}s\nthreads at most: {peak_threads}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.strip().splitlines()[0])
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 1000)

#!/usr/bin/env python3
"""asyncio_client.py URL_TEMPLATE DEST [CONCURRENCY]

The barest asyncio peer for bench/compare-with-curl: every code AA..ZZ, one
raw HTTP/1.1 GET each with Connection: close, at most CONCURRENCY (default
1000) at once, 200 bodies saved as DEST/{cc}.{ext}. Standard library only.
No retries, no redirects, no TLS, no decoding: it is the floor a full client
is measured against, not a client. Prints the flags2 counts.
"""
import asyncio
import os
import string
import sys
import time
from urllib.parse import urlsplit


async def fetch(url, dest, semaphore):
    parts = urlsplit(url)
    async with semaphore:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
        try:
            writer.write(f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                         "Connection: close\r\n\r\n".encode())
            # With Connection: close the body ends where the stream does.
            response = await reader.read()
        finally:
            writer.close()
    head, _, body = response.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if status == 200:
        with open(os.path.join(dest, os.path.basename(parts.path)), "wb") as f:
            f.write(body)
    return status


async def main(template, dest, concurrency):
    os.makedirs(dest, exist_ok=True)
    codes = [a + b for a in string.ascii_lowercase for b in string.ascii_lowercase]
    semaphore = asyncio.Semaphore(concurrency)
    start = time.perf_counter()
    results = await asyncio.gather(
        *(fetch(template.replace("{cc}", cc), dest, semaphore) for cc in codes),
        return_exceptions=True)
    ok = sum(r == 200 for r in results)
    missing = sum(r == 404 for r in results)
    print(f"{ok} flags downloaded.\n{missing} not found.\n{len(results) - ok - missing} errors.\n"
          f"Elapsed time: {time.perf_counter() - start:.2f}s")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.strip().splitlines()[0])
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 1000))

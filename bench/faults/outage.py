#!/usr/bin/env python3
"""Client of bench/faults.sh for the outage phase: CLIENTS threads POST the normal query over keep-alive connections
for BEFORE + OUTAGE + AFTER seconds while another polls /q/health/ready every 100 ms; after BEFORE seconds it cuts
the database proxy (SIGUSR1 to PROXY_PID), OUTAGE seconds later restores it (SIGUSR2). Prints one JSON object:
answers by phase, HTTP status and extensions.code; readiness DOWN after the cut and UP after the restore; the first
200 after the restore; the slowest answer during the outage.

Usage: outage.py HOST PORT BODY_FILE PROXY_PID CLIENTS BEFORE OUTAGE AFTER
"""
import http.client
import json
import os
import re
import signal
import sys
import threading
import time

host, port, body_file, proxy_pid = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
clients, before, outage, after = int(sys.argv[5]), float(sys.argv[6]), float(sys.argv[7]), float(sys.argv[8])
body = open(body_file, "rb").read()
CODE = re.compile(rb'"code":"([A-Z_]+)"')

start = time.monotonic()
end = start + before + outage + after
events = {"cut": None, "restore": None}
answers = []  # (time, status, code, seconds)
lock = threading.Lock()


def client():
    connection = None
    while time.monotonic() < end:
        sent = time.monotonic()
        try:
            if connection is None:
                connection = http.client.HTTPConnection(host, port, timeout=30)
            connection.request("POST", "/graphql", body, {"Content-Type": "application/json", "Accept": "application/json"})
            response = connection.getresponse()
            data = response.read()
            status = response.status
            if status == 200 and b'"errors"' not in data:
                code = "-"
            else:
                found = CODE.search(data)
                code = found.group(1).decode() if found else "none"
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = None
        except (OSError, http.client.HTTPException) as e:
            status, code = 0, type(e).__name__
            if connection is not None:
                connection.close()
            connection = None
            time.sleep(0.05)
        done = time.monotonic()
        with lock:
            answers.append((done, status, code, done - sent))


readiness = []  # (time, status)


def ready_poller():
    while time.monotonic() < end:
        try:
            connection = http.client.HTTPConnection(host, port, timeout=5)
            connection.request("GET", "/q/health/ready")
            status = connection.getresponse().status
            connection.close()
        except (OSError, http.client.HTTPException):
            status = 0
        readiness.append((time.monotonic(), status))
        time.sleep(0.1)


threads = [threading.Thread(target=client) for _ in range(clients)] + [threading.Thread(target=ready_poller)]
for thread in threads:
    thread.start()
time.sleep(max(0, start + before - time.monotonic()))
os.kill(proxy_pid, signal.SIGUSR1)
events["cut"] = time.monotonic()
time.sleep(max(0, events["cut"] + outage - time.monotonic()))
os.kill(proxy_pid, signal.SIGUSR2)
events["restore"] = time.monotonic()
for thread in threads:
    thread.join()

cut, restore = events["cut"], events["restore"]


def phase(t):
    return "before" if t < cut else "outage" if t < restore else "after"


by_phase = {}
for t, status, code, _ in answers:
    key = f"{status} {code}"
    by_phase.setdefault(phase(t), {}).setdefault(key, 0)
    by_phase[phase(t)][key] += 1
first_ok_after = next((t - restore for t, status, code, _ in sorted(answers) if t >= restore and status == 200 and code == "-"), None)
ready_down = next((t - cut for t, status in readiness if cut <= t < restore and status != 200), None)
ready_up = next((t - restore for t, status in readiness if t >= restore and status == 200), None)
slowest_outage = max((s for t, _, _, s in answers if cut <= t < restore + 0.001), default=None)
# A failure answered after the restore was, as a rule, sent before it: count those sent after the restore separately.
failed_sent_after = sum(1 for t, status, code, s in answers if t - s >= restore and not (status == 200 and code == "-"))
print(json.dumps({
    "answers": by_phase,
    "seconds": {"before": before, "outage": outage, "after": after},
    "readiness_down_after_cut_ms": None if ready_down is None else round(ready_down * 1000),
    "readiness_up_after_restore_ms": None if ready_up is None else round(ready_up * 1000),
    "first_200_after_restore_ms": None if first_ok_after is None else round(first_ok_after * 1000),
    "slowest_answer_during_outage_ms": None if slowest_outage is None else round(slowest_outage * 1000),
    "failed_requests_sent_after_restore": failed_sent_after,
}))

"""Drives bench/notifications.sh against a running Nexus: sign-ups → verification emails, then one hub update → a
notification for every follower. Prints Markdown table rows. Usage: notifications.py URL MAIL_DIR LEARNERS PROVIDER"""
import concurrent.futures
import json
import os
import sys
import time
import urllib.request

url, mail_dir, learners, provider = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]


def call(method, path, body=None, token=None, headers=None):
    request = urllib.request.Request(url + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return (json.loads(text) if text else None), response.headers


def sign_up(i):
    handle = f"bench{i}x{os.getpid()}"
    tokens, _ = call("POST", "/api/v1/auth/register", {"email": f"{handle}@bench.test", "password": "benchmark-password",
                                                        "handle": handle, "displayName": f"Bench {i}", "track": "backend", "cohort": "bench"})
    return tokens["accessToken"]


def emails():
    return sum(1 for name in os.listdir(mail_dir) if name.endswith(".eml")) if os.path.isdir(mail_dir) else 0


def wait(condition):
    deadline = time.time() + 600
    while not condition():
        if time.time() > deadline:
            raise SystemExit("timed out")
        time.sleep(0.05)


before = emails()
started = time.time()
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    tokens = list(pool.map(sign_up, range(learners)))
signed_up = time.time() - started
wait(lambda: emails() >= before + learners)
sent = time.time() - started
print(f"| {provider} | {learners} sign-ups (8 clients; password hashing dominates) → verification emails | "
      f"{learners / signed_up:,.1f} sign-ups/s; last email written {sent - signed_up:.1f} s after the last sign-up |")

# Email jobs alone: each learner asks for the verification email again (a cheap request: one job row), timed until
# every email is written.
before = emails()
started = time.time()
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    list(pool.map(lambda token: call("POST", "/api/v1/auth/resend-verification", None, token), tokens))
requested = time.time() - started
wait(lambda: emails() >= before + learners)
sent = time.time() - started
print(f"| {provider} | {learners} resend-verification requests → emails (.eml pickup) | requests answered in {requested:.1f} s; "
      f"all emails written after {sent:.1f} s ({learners / sent:,.0f} email jobs/s end to end) |")

owner = tokens[0]
hub, _ = call("POST", "/api/v1/hubs", {"title": "Benchmark hub", "summary": "fan-out", "visibility": "public", "sections": [],
                                      "technologies": [], "concepts": [], "challenges": [], "takeaways": [], "snippets": [],
                                      "resources": [], "projects": []}, owner)
slug = hub["slug"]
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    list(pool.map(lambda token: call("PUT", f"/api/v1/follows/hub/{slug}", None, token), tokens[1:]))
current, headers = call("GET", f"/api/v1/hubs/{slug}", None, owner)
current["summary"] = "updated"
started = time.time()
call("PUT", f"/api/v1/hubs/{slug}", current, owner, {"If-Match": headers["ETag"]})
last = tokens[-1]
wait(lambda: call("GET", "/api/v1/notifications/unread-count", None, last)[0]["unread"] >= 1)
fanned = time.time() - started
print(f"| {provider} | one hub update → {learners - 1} followers notified | last follower's notification visible after {fanned * 1000:,.0f} ms |")

"""Drives the OASIS reference TAXII 2.1 client (../shared/taxii2-client) against a running Breach Radar.

Usage: python3 taxii_client_check.py BASE_URL TOKEN
Prints one JSON object with what the client saw; the vitest test asserts on it.
"""
import json
import sys

import requests
from taxii2client.common import TokenAuth
from taxii2client.v21 import Server, as_pages

base, token = sys.argv[1], sys.argv[2]
out = {}

server = Server(base + "/taxii2/", auth=TokenAuth(token))
out["title"] = server.title
out["api_roots"] = [root.url for root in server.api_roots]
root = server.default
out["root_title"] = root.title
out["collections"] = [{"id": c.id, "title": c.title, "can_read": c.can_read, "can_write": c.can_write} for c in root.collections]
collection = root.collections[0]

# Page through every object, 25 per request.
ids, pages = [], 0
for envelope in as_pages(collection.get_objects, per_request=25):
    pages += 1
    ids.extend(o["id"] for o in envelope.get("objects", []))
out["pages"] = pages
out["object_ids"] = ids

# The manifest says when each object was added; fetch only what was added after a midpoint.
added = []
for envelope in as_pages(collection.get_manifest, per_request=100):
    added.extend((m["id"], m["date_added"]) for m in envelope.get("objects", []))
dates = sorted({d for _, d in added})
cut = dates[len(dates) // 2]
out["cut"] = cut
out["expected_after"] = sorted({i for i, d in added if d > cut})
after = []
for envelope in as_pages(collection.get_objects, per_request=25, added_after=cut):
    after.extend(o["id"] for o in envelope.get("objects", []))
out["after_ids"] = sorted(set(after))

# A bad token is refused with 401.
try:
    Server(base + "/taxii2/", auth=TokenAuth("brk_wrong")).refresh()
    out["bad_token_status"] = 200
except requests.exceptions.HTTPError as error:
    out["bad_token_status"] = error.response.status_code

print(json.dumps(out))

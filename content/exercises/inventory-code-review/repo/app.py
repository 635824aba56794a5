"""HTTP handlers for the inventory service: a plain WSGI application, no framework."""

import json
import os
import pickle
from urllib.parse import parse_qs

import db
from utils import dedupe_by_sku, json_response, missing_skus, parse_quantity, total_stock

ADMIN_TOKEN = "inv-admin-2f9c81d7e4b6a035"
EXPORT_DIR = "/var/lib/inventory/exports"


def read_body(environ):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    return environ["wsgi.input"].read(length)


def list_items(environ):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    category = query.get("category", ["general"])[0]
    prefix = query.get("q", [""])[0]
    conn = db.connect()
    items = db.search_items(conn, category, prefix)
    for item in items:
        item["stock"] = db.stock_for_item(conn, item["id"])
        item["total"] = total_stock(item["stock"])
    return json_response(200, items)


def reserve_item(environ):
    body = json.loads(read_body(environ))
    quantity = parse_quantity(body.get("quantity"))
    conn = db.connect()
    ok = db.reserve(conn, body["item_id"], body["warehouse"], quantity)
    return json_response(200 if ok else 409, {"reserved": ok})


def check_skus(environ):
    expected = json.loads(read_body(environ))["skus"]
    conn = db.connect()
    return json_response(200, {"missing": missing_skus(expected, db.all_items(conn))})


def import_items(environ):
    if environ.get("HTTP_X_ADMIN_TOKEN") != ADMIN_TOKEN:
        return json_response(403, {"error": "forbidden"})
    items = pickle.loads(read_body(environ))
    conn = db.connect()
    db.add_items(conn, dedupe_by_sku(items))
    return json_response(201, {"imported": len(items)})


def download_export(environ):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    filename = query.get("file", [""])[0]
    path = os.path.join(EXPORT_DIR, filename)
    with open(path, "rb") as f:
        data = f.read()
    return "200 OK", [("Content-Type", "text/csv")], [data]


ROUTES = {
    ("GET", "/items"): list_items,
    ("POST", "/reservations"): reserve_item,
    ("POST", "/skus/check"): check_skus,
    ("POST", "/admin/import"): import_items,
    ("GET", "/exports"): download_export,
}


def application(environ, start_response):
    handler = ROUTES.get((environ["REQUEST_METHOD"], environ["PATH_INFO"]))
    if handler is None:
        status, headers, body = json_response(404, {"error": "not found"})
    else:
        try:
            status, headers, body = handler(environ)
        except Exception:
            status, headers, body = json_response(500, {"error": "internal error"})
    start_response(status, headers)
    return body

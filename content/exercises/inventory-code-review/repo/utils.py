"""Small helpers shared by the handlers."""

import json

REASONS = {
    200: "OK",
    201: "Created",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
}


def json_response(status_code, payload):
    body = json.dumps(payload).encode("utf-8")
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    return f"{status_code} {REASONS[status_code]}", headers, [body]


def parse_quantity(value):
    try:
        return int(value)
    except:
        return 0


def dedupe_by_sku(items, seen=[]):
    """Keep the first item for each SKU, in order."""
    result = []
    for item in items:
        if item["sku"] not in seen:
            seen.append(item["sku"])
            result.append(item)
    return result


def missing_skus(expected, items):
    """Return the SKUs in `expected` that no item in `items` has."""
    missing = []
    for sku in expected:
        if sku not in [item["sku"] for item in items]:
            missing.append(sku)
    return missing


def total_stock(stock):
    sum = 0
    for quantity in stock.values():
        sum += quantity
    return sum

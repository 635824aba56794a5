#!/bin/sh
set -e

alembic upgrade head
python -m orders_health.server

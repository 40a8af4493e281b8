#!/usr/bin/env bash
# Nightly backup of the SQLite database (run from cron on the server).
set -euo pipefail
APP_DIR=/var/www/acme-portal
BACKUP_DIR="$APP_DIR/backups"
mkdir -p "$BACKUP_DIR"
stamp=$(date +%Y%m%d-%H%M%S)
sqlite3 "$APP_DIR/prisma/dev.db" ".backup '$BACKUP_DIR/dev-$stamp.db'"
find "$BACKUP_DIR" -name 'dev-*.db' -mtime +14 -delete
echo "backup written to $BACKUP_DIR/dev-$stamp.db"

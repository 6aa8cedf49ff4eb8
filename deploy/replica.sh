#!/usr/bin/env bash
# A PostgreSQL streaming replica of the local primary, made with Debian's cluster tools.
#
#   deploy/replica.sh start    create the replica (once) and start it
#   deploy/replica.sh stop     stop it (the primary keeps its WAL for it in a replication slot)
#   deploy/replica.sh status   whether it runs, is in recovery, and how far it lags
#   deploy/replica.sh remove   stop it, delete the cluster and the slot on the primary
#
# Every step checks first, so running `start` again is harmless. Treffpunkt reads from it when
# DATABASE_REPLICA_URL=postgres://postgres@127.0.0.1:5433/treffpunkt (see docs/operations.md).
# On several machines only the addresses change: PRIMARY_HOST, and the replication line in
# pg_hba.conf that admits the replica's address.
set -euo pipefail

VERSION="${PG_VERSION:-15}"
PRIMARY_CLUSTER="${PRIMARY_CLUSTER:-main}"
PRIMARY_HOST="${PRIMARY_HOST:-127.0.0.1}"
PRIMARY_PORT="${PRIMARY_PORT:-5432}"
REPLICA_CLUSTER="${REPLICA_CLUSTER:-replica}"
REPLICA_PORT="${REPLICA_PORT:-5433}"
SLOT="${REPLICA_SLOT:-treffpunkt_replica}"
HBA_LINE="host replication postgres ${PRIMARY_HOST}/32 trust"

as_postgres() { runuser -u postgres -- "$@"; }
primary_sql() { as_postgres psql -X -q -At -p "$PRIMARY_PORT" -d postgres -c "$1"; }
replica_sql() { as_postgres psql -X -q -At -p "$REPLICA_PORT" -d postgres -c "$1"; }
replica_exists() { pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION $REPLICA_CLUSTER"; }
replica_online() { pg_lsclusters -h | awk '$1=="'"$VERSION"'" && $2=="'"$REPLICA_CLUSTER"'" {print $4}' | grep -q online; }

# The primary needs WAL with replica information, senders, and a pg_hba.conf line that lets
# the replica connect for replication; each is changed only when missing.
configure_primary() {
    local restart=0 hba
    hba="$(primary_sql 'show hba_file')"
    if ! grep -qxF "$HBA_LINE" "$hba"; then
        echo "$HBA_LINE" >>"$hba"
        primary_sql 'select pg_reload_conf()' >/dev/null
        echo "primary: allowed replication from ${PRIMARY_HOST} in $hba"
    fi
    case "$(primary_sql 'show wal_level')" in
        replica | logical) ;;
        *) primary_sql "alter system set wal_level = 'replica'"; restart=1 ;;
    esac
    if [ "$(primary_sql 'show max_wal_senders')" -lt 2 ]; then
        primary_sql 'alter system set max_wal_senders = 10'
        restart=1
    fi
    if [ "$restart" = 1 ]; then
        echo "primary: restarting once for wal_level / max_wal_senders"
        pg_ctlcluster "$VERSION" "$PRIMARY_CLUSTER" restart
    fi
}

create_replica() {
    pg_createcluster "$VERSION" "$REPLICA_CLUSTER" -p "$REPLICA_PORT" >/dev/null
    local data
    data="$(pg_lsclusters -h | awk '$1=="'"$VERSION"'" && $2=="'"$REPLICA_CLUSTER"'" {print $6}')"
    # The new cluster's own data is replaced by a copy of the primary's.
    find "$data" -mindepth 1 -delete
    # A slot left by an earlier replica of this name would make pg_basebackup -C fail.
    primary_sql "select pg_drop_replication_slot('$SLOT') from pg_replication_slots
                 where slot_name = '$SLOT' and not active" >/dev/null
    # -R writes primary_conninfo and standby.signal; the slot keeps the WAL the replica still
    # needs while it is stopped (remove drops it, so a forgotten replica cannot fill the disk).
    as_postgres pg_basebackup -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -D "$data" \
        -R -X stream -C -S "$SLOT" --checkpoint=fast
    echo "replica: copied the primary into $data"
}

# The replica admits the same clients as the primary (the application reads from it).
same_access_as_primary() {
    local primary_hba replica_hba
    primary_hba="$(primary_sql 'show hba_file')"
    replica_hba="/etc/postgresql/${VERSION}/${REPLICA_CLUSTER}/pg_hba.conf"
    if ! cmp -s "$primary_hba" "$replica_hba"; then
        cp "$primary_hba" "$replica_hba"
        chown postgres:postgres "$replica_hba"
        if replica_online; then pg_ctlcluster "$VERSION" "$REPLICA_CLUSTER" reload; fi
    fi
}

start() {
    configure_primary
    replica_exists || create_replica
    same_access_as_primary
    replica_online || pg_ctlcluster "$VERSION" "$REPLICA_CLUSTER" start
    # A standby accepts connections once it has replayed to a consistent point.
    for _ in $(seq 1 30); do
        if [ "$(replica_sql 'select pg_is_in_recovery()' 2>/dev/null)" = "t" ]; then
            echo "replica: streaming from ${PRIMARY_HOST}:${PRIMARY_PORT} on port ${REPLICA_PORT}"
            return 0
        fi
        sleep 1
    done
    echo "replica: did not come up, see /var/log/postgresql/postgresql-${VERSION}-${REPLICA_CLUSTER}.log" >&2
    return 1
}

stop() {
    if replica_exists && replica_online; then
        pg_ctlcluster "$VERSION" "$REPLICA_CLUSTER" stop
    fi
    echo "replica: stopped"
}

status() {
    if ! replica_exists; then
        echo "replica: not created"
        return 3
    fi
    if ! replica_online; then
        echo "replica: stopped"
        return 3
    fi
    echo "replica: online on port ${REPLICA_PORT}, in recovery: $(replica_sql 'select pg_is_in_recovery()')"
    primary_sql "select 'primary: sends to ' || coalesce(application_name, '?') || ', state ' || state
                 || ', replay lag ' || coalesce(replay_lag::text, '0')
                 from pg_stat_replication"
}

remove() {
    if replica_exists; then
        pg_dropcluster --stop "$VERSION" "$REPLICA_CLUSTER"
    fi
    primary_sql "select pg_drop_replication_slot('$SLOT') from pg_replication_slots
                 where slot_name = '$SLOT'" >/dev/null
    echo "replica: removed"
}

case "${1:-}" in
    start | stop | status | remove) "$1" ;;
    *)
        echo "usage: $0 start|stop|status|remove" >&2
        exit 2
        ;;
esac

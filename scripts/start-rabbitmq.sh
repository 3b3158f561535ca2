#!/usr/bin/env bash
# Installs (if needed) and starts RabbitMQ on 127.0.0.1:5672 (node rabbit@localhost, user guest on loopback).
# Idempotent: a running broker is left as it is. Prints the URI for tests: amqp://guest:guest@127.0.0.1:5672/
set -euo pipefail
export RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
if ! command -v rabbitmq-server >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
fi
if ! rabbitmqctl -n rabbit@localhost status >/dev/null 2>&1; then
  log_dir=${RABBITMQ_LOG_DIR:-/tmp/nexus-rabbitmq}
  mkdir -p "$log_dir"
  nohup rabbitmq-server >"$log_dir/server.log" 2>&1 &
  echo $! >"$log_dir/server.pid"
fi
# await_startup fails until the node has registered with epmd, so retry it for up to two minutes.
for i in $(seq 1 60); do
  rabbitmqctl -n rabbit@localhost await_startup --timeout 60 >/dev/null 2>&1 && break
  [ "$i" -eq 60 ] && { echo "RabbitMQ did not start; see ${RABBITMQ_LOG_DIR:-/tmp/nexus-rabbitmq}/server.log" >&2; exit 1; }
  sleep 2
done
echo "amqp://guest:guest@127.0.0.1:5672/"

#!/usr/bin/env bash
# Installs Dovecot's IMAP server (Debian's dovecot-imapd), which the mailbox tests start from their own
# config on a free port of 127.0.0.1. The system's own Dovecot service that the package starts is stopped
# and disabled again: the tests need the program, not a mail server on this machine.
set -euo pipefail
if command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]; then exit 0; fi
command -v dpkg >/dev/null 2>&1 || { echo "Please install Dovecot (dovecot-imapd) for the mailbox tests" >&2; exit 1; }
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Please install as root: apt-get install dovecot-imapd" >&2; exit 1
fi
echo "Installing Dovecot (dovecot-imapd), the IMAP server the mailbox tests run against"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    $sudo systemctl disable --now dovecot >/dev/null 2>&1 || true
elif command -v service >/dev/null 2>&1; then
    $sudo service dovecot stop >/dev/null 2>&1 || true
fi

#!/bin/sh
# screenshots.sh: takes the screenshots of Clientele that a new user would
# see first (empty state, list with a card, the card's Info tab with the
# contacts, the New Client dialog, global search and a search result
# opened), on a 1280x800 Xvfb screen.
#
#   tests/gui/screenshots.sh OUTDIR [BUILDDIR]
#
# BUILDDIR defaults to ./build; it must hold a built clientele, make-demo-db
# and the compiled GSettings schema (data/gschemas.compiled). Needs Xvfb
# (xvfb-run), dbus-run-session, xdotool and ImageMagick's import.
set -eu

if [ "${1:-}" = "--inner" ]; then
  shift
  OUT=$1
  BUILD=$2
  TMP=$(mktemp -d)
  trap 'rm -rf "$TMP"' EXIT

  export XDG_CONFIG_HOME="$TMP/config"
  export XDG_DATA_HOME="$TMP/data"
  export GSETTINGS_BACKEND=keyfile
  export GSETTINGS_SCHEMA_DIR="$BUILD/data"
  export GTK_A11Y=none
  export NO_AT_BRIDGE=1
  export LANGUAGE=C
  mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"

  # settings SELECTED_CLIENT: the window fills the screen and, on start,
  # selects that client (0: none).
  settings () {
    cat > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile" <<KEYFILE
[io/github/clientele/Clientele]
window-width=1280
window-height=800
window-maximized=false
selected-client=$1
KEYFILE
  }

  # start DB: runs the app on DB until its window is mapped.
  start () {
    "$BUILD/src/clientele" --db "$1" &
    APP=$!
    xdotool search --sync --onlyvisible --name Clientele > /dev/null
    # Let the list load, the card fill in and animations finish.
    sleep 2
    xdotool mousemove 640 400
  }

  stop () {
    kill "$APP"
    wait "$APP" 2> /dev/null || true
  }

  shoot () {
    import -window root "$OUT/$1.png"
    echo "wrote $OUT/$1.png"
  }

  "$BUILD/tests/gui/make-demo-db" "$TMP/demo.db"

  # 1. A first start: nothing in the database yet.
  settings 0
  start "$TMP/empty.db"
  shoot 01-empty
  stop

  # 2. The list with a client selected, its card on the Main tab.
  #    Client 29 is "Château Belle Rive": two contacts, tags and a note.
  settings 29
  start "$TMP/demo.db"
  shoot 02-list-card-main

  # 3. The same card's Info tab (its mnemonic, Alt+I).
  xdotool key alt+i
  sleep 1
  shoot 03-card-info

  # 4. The New Client dialog, half filled in, with an e-mail still wrong.
  sleep 1
  xdotool key ctrl+n
  sleep 1
  xdotool type --delay 20 "Nordwind Logistik"
  xdotool key Tab Tab
  xdotool type --delay 20 "Shipping agent for the Baltic routes."
  xdotool key Tab
  xdotool type --delay 20 "Greta"
  xdotool key Tab
  xdotool type --delay 20 "Lindqvist"
  xdotool key Tab
  xdotool type --delay 20 "greta@nordwind"
  sleep 1
  shoot 04-new-client-dialog
  stop

  # 5. Global search: typing anywhere in the window searches every kind of
  #    record, grouped by kind ("mu" finds Müller as well as Murphy).
  settings 29
  start "$TMP/demo.db"
  xdotool type --delay 60 "mu"
  sleep 1
  shoot 05-search

  # 6. Enter opens the first result: a contact, on the card's Info tab.
  xdotool key ctrl+f
  xdotool type --delay 60 "kari"
  sleep 1
  xdotool key Return
  sleep 1
  shoot 06-search-contact

  # 7. A tag among the results filters the list by it.
  xdotool key ctrl+f
  xdotool type --delay 60 "wholesale"
  sleep 1
  xdotool key Return
  sleep 1
  shoot 07-tag-filter

  # 8. A note: the card's Main tab, the note singled out.
  xdotool key ctrl+f
  xdotool type --delay 60 "batches"
  sleep 1
  xdotool key Return
  sleep 1
  shoot 08-search-note
  stop
  exit 0
fi

OUT=${1:?usage: screenshots.sh OUTDIR [BUILDDIR]}
BUILD=${2:-build}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
BUILD=$(cd "$BUILD" && pwd)

exec xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- "$0" --inner "$OUT" "$BUILD"

#!/bin/sh
# screenshots.sh: takes the screenshots of Clientele that a new user would
# see first, on a 1280x800 Xvfb screen: the empty state, the list with a
# card and each of the card's tabs, the quick actions, the Bookings and
# Contacts views, the staff in Preferences, the New Client dialog, global
# search and a search result opened. The README and the metainfo use them.
#
#   tests/gui/screenshots.sh OUTDIR [BUILDDIR]
#
# BUILDDIR defaults to ./build; it must hold a built clientele, make-demo-db
# and the compiled GSettings schema (data/gschemas.compiled). Needs Xvfb
# (xvfb-run), dbus-run-session, xdotool and ImageMagick's import; with
# xcompmgr installed, menus are shot with their shadows instead of black
# corners (Xvfb has no compositor of its own).
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

  if command -v xcompmgr > /dev/null; then
    xcompmgr -n &
    COMPOSITOR=$!
    trap 'kill "$COMPOSITOR"; rm -rf "$TMP"' EXIT
  fi

  # center TITLE: puts the window of that title in the middle of the
  # screen, as a window manager would place a dialog (Xvfb has none).
  center () {
    WIN=$(xdotool search --sync --onlyvisible --name "$1" | tail -n 1)
    eval "$(xdotool getwindowgeometry --shell "$WIN")"
    xdotool windowmove "$WIN" $(((1280 - WIDTH) / 2)) $(((800 - HEIGHT) / 2))
    sleep 1
  }

  "$BUILD/tests/gui/make-demo-db" "$TMP/demo.db"

  # Where to click, on the 1280x800 window: the card's Quick Actions
  # button and the view switcher's buttons at the bottom.
  QUICK_X=1237 QUICK_Y=102
  CLIENTS_X=540 BOOKINGS_X=640 CONTACTS_X=740 SWITCHER_Y=775

  # 1. A first start: nothing in the database yet.
  settings 0
  start "$TMP/empty.db"
  shoot 01-empty
  stop

  # 2. The list with a client selected, its card on the Main tab.
  #    Client 29 is "Château Belle Rive" (make-demo-db.c): Alex Morgan's,
  #    with a logo, two contacts, tags, a note, bookings, invoices,
  #    documents and conversations.
  settings 29
  start "$TMP/demo.db"
  shoot 02-list-card-main

  # 3. to 8. The card's other tabs, through their mnemonics.
  tab () {
    xdotool key "alt+$1"
    sleep 1
    shoot "$2"
  }
  tab i 03-card-info
  tab b 04-card-bookings
  tab p 05-card-payments
  tab d 06-card-documents
  tab o 07-card-conversations
  xdotool key alt+m
  sleep 1

  # 9. The card header's quick actions (the button right of Trash).
  xdotool mousemove "$QUICK_X" "$QUICK_Y" click 1
  sleep 1
  # Onto an item: the button's tooltip would cover the menu.
  xdotool mousemove "$QUICK_X" $((QUICK_Y + 84))
  sleep 1
  shoot 09-quick-actions
  xdotool key Escape
  sleep 1

  # 10. and 11. The Bookings and Contacts views (the switcher at the bottom).
  xdotool mousemove "$BOOKINGS_X" "$SWITCHER_Y" click 1
  sleep 1
  shoot 10-bookings-view
  xdotool mousemove "$CONTACTS_X" "$SWITCHER_Y" click 1
  sleep 1
  shoot 11-contacts-view
  xdotool mousemove "$CLIENTS_X" "$SWITCHER_Y" click 1
  sleep 1

  # 12. Preferences: the team, and who you are.
  xdotool key ctrl+comma
  center Preferences
  shoot 12-preferences-staff
  xdotool key Escape
  sleep 1
  stop

  settings 29
  start "$TMP/demo.db"
  xdotool key alt+i
  sleep 1

  # 13. The New Client dialog, half filled in, with an e-mail still wrong.
  sleep 1
  xdotool key ctrl+n
  center "New Client"
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
  shoot 13-new-client-dialog
  stop

  # 14. Global search: typing anywhere in the window searches every kind of
  #    record, grouped by kind ("mu" finds Müller as well as Murphy).
  settings 29
  start "$TMP/demo.db"
  xdotool type --delay 60 "mu"
  sleep 1
  shoot 14-search

  # 15. Enter opens the first result: a contact, on the card's Info tab.
  xdotool key ctrl+f
  xdotool type --delay 60 "kari"
  sleep 1
  xdotool key Return
  sleep 1
  shoot 15-search-contact

  # 16. A tag among the results filters the list by it.
  xdotool key ctrl+f
  xdotool type --delay 60 "wholesale"
  sleep 1
  xdotool key Return
  sleep 1
  shoot 16-tag-filter

  # 17. A note: the card's Main tab, the note singled out.
  xdotool key ctrl+f
  xdotool type --delay 60 "batches"
  sleep 1
  xdotool key Return
  sleep 1
  shoot 17-search-note
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

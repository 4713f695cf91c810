#!/bin/sh
# test-cli.sh: the command line imports and exports without a display, says
# what happened, and exits non-zero when something failed.
#
#   test-cli.sh PATH/TO/clientele
set -u
APP=$1
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export GSETTINGS_BACKEND=memory
n=0
fail=0

check () {
  n=$((n + 1))
  if "$@"; then echo "ok $n - $DESC"; else echo "not ok $n - $DESC"; fail=1; fi
}

cat > "$DIR/in.csv" <<'CSV'
Client Name,External Client ID,First Name,Last Name,Email,Phone,Postal Code
Müller & Söhne,A1,Zoë,Keller,zoe@mueller.example,+49 30 1,01067
Müller & Söhne,A1,Jürgen,Müller,jm@mueller.example,,
Broken,A2,Bad,Mail,not-a-mail,,
CSV

echo "1..9"

"$APP" --db "$DIR/a.db" --import "$DIR/in.csv" > "$DIR/out" 2>&1
status=$?
DESC="an import with a bad row exits non-zero"; check test $status -ne 0
DESC="the summary counts the rows"; check grep -q "Created: 2" "$DIR/out"
DESC="the bad row is named with its reason"; check grep -q "Row 3.*not-a-mail" "$DIR/out"

"$APP" --db "$DIR/a.db" --export "$DIR/out.csv" > "$DIR/out" 2>&1
status=$?
DESC="export succeeds"; check test $status -eq 0
DESC="export keeps leading zeros, + signs and Unicode"; check grep -q "Zoë,Keller,zoe@mueller.example,+49 30 1" "$DIR/out.csv"

"$APP" --db "$DIR/b.db" --import "$DIR/out.csv" > "$DIR/out" 2>&1
status=$?
DESC="the export imports back cleanly"; check test $status -eq 0

"$APP" --db "$DIR/b.db" --export "$DIR/x.txt" > "$DIR/out" 2>&1
status=$?
DESC="an unknown export format is refused"; check test $status -ne 0

"$APP" --db "$DIR/in.csv" --export "$DIR/y.csv" > "$DIR/out" 2>&1
DESC="a file that is not a database is refused with a message"; check grep -q "not a Clientele database" "$DIR/out"

"$APP" --db "$DIR/b.db" --import "$DIR/in.csv" --dry-run > "$DIR/out" 2>&1
DESC="a dry run changes nothing"; check sh -c "'$APP' --db '$DIR/b.db' --export '$DIR/z.csv' | grep -q 'Exported 2 contacts'"

exit $fail

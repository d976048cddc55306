#!/bin/sh
# Adds studyapp to this user's application menu (no root needed); `./install.sh --uninstall`
# removes it again. The app itself stays in this folder: move the folder first, then run this.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
entry="$apps/studyapp.desktop"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry"
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
    echo "Removed $entry"
    exit 0
fi

# Desktop-entry escaping: inside a quoted Exec argument \ becomes \\\\ and " ` $ become \\" \\` \\$;
# % is doubled. Icon and TryExec are plain strings, where only \ is doubled.
exec_path=$(printf '%s' "$here/studyapp" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
plain_dir=$(printf '%s' "$here" | sed -e 's/\\/\\\\/g')

mkdir -p "$apps"
{
    grep -v -e '^Exec=' -e '^TryExec=' -e '^Icon=' "$here/studyapp.desktop"
    printf 'Exec="%s"\n' "$exec_path"
    printf 'TryExec=%s/studyapp\n' "$plain_dir"
    if [ -f "$here/studyapp.png" ]; then printf 'Icon=%s/studyapp.png\n' "$plain_dir"; fi
} > "$entry.tmp"
mv "$entry.tmp" "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Added studyapp to your applications menu ($entry)."
echo "Run it from the menu, or from a terminal: $here/studyapp"

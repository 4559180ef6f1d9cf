#!/usr/bin/env bash
# Remakes the documents `handbook import` is tested on, from the Markdown beside this script:
# each policy as Word (.docx) and OpenDocument (.odt) with pandoc, and the Attendance Policy as a
# PDF printed by headless Chromium, with a header and a footer (holding the review date) repeated
# on every page as a school's printed policy has. The generated files are committed, so the tests
# do not need Chromium; run this after changing a .md file.
#   needs: pandoc (apt-get install pandoc), chromium (apt-get install chromium)
set -euo pipefail
cd "$(dirname "$0")"

for policy in social-media-policy behaviour-policy attendance-policy; do
  pandoc "$policy.md" --from markdown --output "$policy.docx"
  pandoc "$policy.md" --from markdown --output "$policy.odt"
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Word prints its bullets as characters and keeps a table's cells on one line where it can; so does this.
cat > "$scratch/print.css" <<'CSS'
@page {
  size: A4; margin: 22mm 20mm;
  @top-center { content: "Oakfield Junior School - Attendance Policy"; font-size: 9pt; }
  @bottom-center { content: "Review date: September 2027 - Page " counter(page) " of " counter(pages); font-size: 9pt; }
}
body { font: 12pt/1.5 "DejaVu Serif", serif; max-width: none; margin: 0; padding: 0; }
ul { list-style: none; padding-left: 8mm; }
li::before { content: "•"; display: inline-block; width: 6mm; margin-left: -6mm; }
table { border-collapse: collapse; }
td, th { border: 1px solid #888; padding: 2pt 14pt; text-align: left; white-space: nowrap; font-size: 10pt; }
CSS
pandoc attendance-policy.md --from markdown --standalone --embed-resources --css "$scratch/print.css" \
  --output "$scratch/attendance-policy.html" 2>/dev/null \
  || pandoc attendance-policy.md --from markdown --standalone --self-contained --css "$scratch/print.css" \
       --output "$scratch/attendance-policy.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/attendance-policy.pdf" "file://$scratch/attendance-policy.html" 2>/dev/null
echo "made: $(ls *.docx *.odt *.pdf | tr '\n' ' ')"

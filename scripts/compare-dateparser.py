#!/usr/bin/python3
"""Side-by-side accuracy of warta's time extraction and python's dateparser on the gold
time expressions (not run in CI).

For every gold time (seed + dev), both systems get the expression's own text and the gold
`doc_date` as the base for relative expressions; a system is right when it yields the gold
value. dateparser returns a full datetime, which is compared at the gold value's
granularity (day, month, year, ISO week, quarter), so it is not penalised for filling in a
day. Gold values it cannot express at all (seasons "2024/2025") count as misses for it.
Isolated expressions lose their context, so warta misses a few it gets right in running text
("musim berikutnya" after a year, "periode yang sama tahun lalu" after a quarter).

Setup (Debian's package, not pip):
    apt-cache policy python3-dateparser && apt-get install -y python3-dateparser
Run from the repository root:
    /usr/bin/python3 scripts/compare-dateparser.py [--verbose] [gold dir ...]
"""
import datetime as dt
import glob
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")  # pytz deprecation noise from dateparser

try:
    import dateparser
except ImportError:  # pragma: no cover
    sys.exit("dateparser is missing: apt-get install -y python3-dateparser (then run with /usr/bin/python3)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIRS = ["/work/shared/gold/seed", "/work/shared/gold/dev"]

# Ours, on the isolated expression: every TimeExpr found in it, as JSON per item.
OURS_JS = r"""
import { extractTimes } from './src/times/index.ts';
let s = '';
process.stdin.on('data', (d) => (s += d));
process.stdin.on('end', () => {
  const items = JSON.parse(s);
  const out = items.map((i) => extractTimes(i.text, i.anchor).times.map((t) => ({ text: t.text, value: t.value })));
  process.stdout.write(JSON.stringify(out));
});
"""


def load_items(dirs):
    items = []
    for d in dirs:
        for f in sorted(glob.glob(os.path.join(d, "*.gold.json"))):
            g = json.load(open(f, encoding="utf-8"))
            for t in g.get("times", []):
                items.append({"file": os.path.basename(f), "text": t["text"], "gold": t["value"], "anchor": g.get("doc_date")})
    return items


def run_ours(items):
    payload = json.dumps([{"text": i["text"], "anchor": i["anchor"]} for i in items])
    res = subprocess.run(
        ["node", "--import", "tsx", "--input-type=module", "-e", OURS_JS],
        input=payload, capture_output=True, text=True, cwd=ROOT, check=True,
    )
    return json.loads(res.stdout)


def ours_value(found, text):
    """The value of the expression ours found covering most of the text."""
    if not found:
        return None
    best = max(found, key=lambda t: len(t["text"]))
    return best["value"]


def dp_value(text, anchor):
    settings = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor + "T12:00:00")
    try:
        return dateparser.parse(text, languages=["id"], settings=settings)
    except Exception:  # dateparser raises on some inputs
        return None


def dp_matches(d, gold):
    """Does datetime d agree with the gold value at the gold's granularity?"""
    if d is None:
        return False
    if "T" in gold:
        return d.strftime("%Y-%m-%dT%H:%M") == gold
    if "-W" in gold:
        y, w, _ = d.isocalendar()
        return "%04d-W%02d" % (y, w) == gold
    if "-Q" in gold:
        return "%04d-Q%d" % (d.year, (d.month - 1) // 3 + 1) == gold
    if "/" in gold:
        return False  # a season: dateparser has no such value
    n = len(gold)
    if n == 4:
        return d.strftime("%Y") == gold
    if n == 7:
        return d.strftime("%Y-%m") == gold
    return d.strftime("%Y-%m-%d") == gold


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args or "-v" in args
    dirs = [a for a in args if not a.startswith("-")] or DEFAULT_DIRS
    items = load_items(dirs)
    ours = run_ours(items)
    ok_ours = ok_dp = 0
    rows = []
    for item, found in zip(items, ours):
        ov = ours_value(found, item["text"])
        d = dp_value(item["text"], item["anchor"])
        o_ok = ov == item["gold"]
        d_ok = dp_matches(d, item["gold"])
        ok_ours += o_ok
        ok_dp += d_ok
        rows.append((item, ov, d, o_ok, d_ok))
    n = len(items)
    print("%d gold time expressions (%s)" % (n, ", ".join(os.path.basename(d) for d in dirs)))
    print("warta       %3d/%d = %.3f" % (ok_ours, n, ok_ours / n if n else 0))
    print("dateparser  %3d/%d = %.3f   (dateparser %s, languages=['id'], RELATIVE_BASE=doc_date, PREFER_DATES_FROM=current_period, its best setting here)" % (ok_dp, n, ok_dp / n if n else 0, dateparser.__version__))
    if verbose:
        print()
        for item, ov, d, o_ok, d_ok in rows:
            if o_ok and d_ok:
                continue
            print("%-34s gold=%-11s warta=%-11s%s dateparser=%s%s" % (
                json.dumps(item["text"], ensure_ascii=False)[:34], item["gold"], ov, "" if o_ok else "✗",
                d.isoformat() if d else None, "" if d_ok else "✗"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate data/kz-2018-cities.csv: synthetic 2018 city facts, derived from the 2019 ones.

Nothing about the cities' 2018 values is public (nor is the 2018 standard: see standards/kz-2018.yaml).
This script makes plausible, deterministic values for the 80 indicators of kz-2018 from the synthetic
2019 values in data/kz-2019-cities.csv (tools/calibrate-kz-2019.py), telling a simple story:

- Most cities progressed from 2018 to 2019, so their 2018 values are a little lower: each city has a
  pace (PACE: the typical ratio 2018/2019), varied by area and by indicator, and kept within 0.75..0.95
  - shares 5-25 % lower, "higher is better" targets likewise, "lower is better" ones (times) longer by
  the same ratio; a 2019 "yes" was a "no" in 2018 with a probability that grows with the gap.
- Four cities regressed in some areas (REGRESS): their 2018 values there are higher than in 2019. Three
  are 2017 pilot cities (Aktobe, Shymkent, Karaganda), ahead early and overtaken in 2019; Atyrau fell
  back in ecology and health.
- Nur-Sultan, the model the 2018 standard was to be built on, had the least ground to make up; Uralsk
  and Kyzylorda made their big leap in 2019 (lowest pace); Turkestan became a regional centre only in
  mid-2018 and starts far behind.
- Indicators whose method changed get a value of the 2018 kind: its.03 and hcs.05 are yes/no in 2018
  (yes where the 2019 share, taken back to 2018, was substantial), ict.01 is fixed broadband
  subscriptions per 100 households. eco.01 counts stations in the city (2019: per 100,000 residents;
  converted with rough 2019 populations, POPULATION). hlt.06 and ict.06 keep their unit (minutes,
  Mbit/s) and only their target changed; Internet speeds also grew faster than the rest (ICT_SPEEDUP).
- The four 2018-only indicators (ctm.11, edu.11, hcs.10, its.10) get invented values that follow the
  city's level in the related 2019 area.

The script then evaluates both years exactly as DESIGN.md section 3 says (Fractions; half-up rounding
of group averages before banding) and prints each city's 2018 rank, points and index next to its 2019
ones. With --etalon it also runs `./etalon evaluate --standard kz-2018 --format json` on the written
file and checks that Etalon's ranks, points and indexes are the same.

Usage (from the project root):  python3 tools/generate-kz-2018.py [--check-only] [--etalon]
Standard library only, plus PyYAML to read the standards.
"""
import argparse
import csv
import io
import json
import math
import os
import random
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction as F

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("generate-kz-2018.py needs PyYAML to read the standards: pip install pyyaml "
             "(or apt-get install python3-yaml)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = "etalon-kz-2018-v1"

CITIES = ["Nur-Sultan", "Almaty", "Shymkent", "Kokshetau", "Aktobe", "Taldykorgan", "Atyrau", "Uralsk",
          "Taraz", "Karaganda", "Kostanay", "Kyzylorda", "Aktau", "Pavlodar", "Petropavlovsk",
          "Ust-Kamenogorsk", "Turkestan"]

# Typical ratio of a 2018 value to the 2019 one (higher = less progress in 2019), before the
# variation by area and indicator.
PACE = {
    "Nur-Sultan": 0.87, "Almaty": 0.86, "Shymkent": 0.83, "Kokshetau": 0.81, "Aktobe": 0.84,
    "Taldykorgan": 0.82, "Atyrau": 0.83, "Uralsk": 0.77, "Taraz": 0.84, "Karaganda": 0.86,
    "Kostanay": 0.81, "Kyzylorda": 0.77, "Aktau": 0.85, "Pavlodar": 0.85, "Petropavlovsk": 0.82,
    "Ust-Kamenogorsk": 0.83, "Turkestan": 0.76,
}
PACE_MIN, PACE_MAX = 0.75, 0.95   # the ratio of every progressing value stays within these
AREA_SPREAD = 0.04                # the area's variation of the pace (uniform, +-)
IND_SPREAD = 0.03                 # the indicator's variation of the pace (uniform, +-)
YES_LOST = 2.5                    # P(2019 yes was no in 2018) = YES_LOST * (1 - ratio)

# (city, 2019 area) -> how far 2018 was ahead: a share moves this fraction of the way towards 100 (at
# least 10 % above 2019), targets and yes/no follow. Areas are the 2019 ones (the id prefix).
REGRESS = {
    ("Aktobe", "bld"): 0.35, ("Aktobe", "its"): 0.15, ("Aktobe", "scy"): 0.15, ("Aktobe", "ict"): 0.10,
    ("Shymkent", "scy"): 0.30, ("Shymkent", "hcs"): 0.20,
    ("Karaganda", "its"): 0.15, ("Karaganda", "scy"): 0.10,
    ("Atyrau", "eco"): 0.30, ("Atyrau", "hlt"): 0.15,
}
NEVER_REGRESS = {"ict.06"}   # Internet speeds only grew
REGRESS_YES = 2.0    # P(2019 no was yes in 2018) = REGRESS_YES x the area's REGRESS figure

# Rough 2019 populations, thousands (to turn eco.01 per 100,000 residents into stations in the city).
POPULATION = {
    "Nur-Sultan": 1080, "Almaty": 1850, "Shymkent": 1010, "Kokshetau": 150, "Aktobe": 500,
    "Taldykorgan": 150, "Atyrau": 290, "Uralsk": 310, "Taraz": 360, "Karaganda": 500, "Kostanay": 220,
    "Kyzylorda": 240, "Aktau": 185, "Pavlodar": 335, "Petropavlovsk": 220, "Ust-Kamenogorsk": 320,
    "Turkestan": 165,
}
ICT_SPEEDUP = 0.75   # ict.06: 2018 speeds are a further 25 % lower (speeds grew fastest)
YES_SHARE = {"its.03": 55, "hcs.05": 35}   # 2019 share x ratio at or above this -> "yes" in 2018


# ---------------------------------------------------------------------------------------------
def round_dec(x, places):
    """Fraction -> Fraction rounded half-up to `places` decimals."""
    q = Decimal(x.numerator) / Decimal(x.denominator)
    return F(q.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def dec_str(x):
    """Fraction with a terminating decimal expansion -> shortest decimal string ('80.2', '100', '0')."""
    d = Decimal(x.numerator) / Decimal(x.denominator)
    s = format(d.quantize(Decimal("0.0001")), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s != "-0" else "0"


def decimals_of(raw):
    return len(raw.split(".")[1]) if "." in raw else 0


def is_yes(raw):
    t = raw.strip().lower()
    if t in ("yes", "true", "1", "да", "иә"):
        return True
    if t in ("no", "false", "0", "нет", "жоқ"):
        return False
    raise ValueError(f"bad yes_no token {raw!r}")


def percent(ind, raw, scale=F(100)):
    """DESIGN.md section 3, rule 1."""
    m = ind["method"]
    if m == "yes_no":
        return scale if is_yes(raw) else F(0)
    v = F(raw)
    if m == "share":
        if not 0 <= v <= scale:
            raise ValueError(f"{ind['id']}: share {raw} outside 0..{scale}")
        return v
    if m == "target":
        if v < 0:
            raise ValueError(f"{ind['id']}: negative value {raw}")
        t = F(str(ind["target"]))
        if ind.get("better") == "lower":
            return scale if v == 0 else min(scale, scale * t / v)
        return min(scale, scale * v / t)
    raise ValueError(f"{ind['id']}: unknown method {m}")


def load_standard(path):
    with open(path, encoding="utf-8") as f:
        std = yaml.safe_load(f)
    inds = {}
    for a in std["areas"]:
        for i in a["indicators"]:
            inds[i["id"]] = dict(i, area=a["id"])
    return std, inds


def read_cities(path):
    data = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            data.setdefault(row["city"], {})[row["indicator"]] = row["value"]
    return data


# ---------------------------------------------------------------------------------------------
class Deriver:
    """2018 values for one city, from its 2019 values."""

    def __init__(self, city, v19, inds18, inds19):
        self.city, self.v19, self.inds18, self.inds19 = city, v19, inds18, inds19

    def rng(self, *key):
        return random.Random("|".join((SEED, self.city) + key))

    def ratio(self, iid):
        """Ratio 2018/2019 for a progressing indicator, from the pace of its city and 2019 area."""
        area = iid.split(".")[0]
        r = PACE[self.city] + self.rng(area).uniform(-AREA_SPREAD, AREA_SPREAD) \
            + self.rng(iid, "ratio").uniform(-IND_SPREAD, IND_SPREAD)
        return F(str(round(min(PACE_MAX, max(PACE_MIN, r)), 4)))

    def regress(self, iid):
        if iid in NEVER_REGRESS:
            return None
        return REGRESS.get((self.city, iid.split(".")[0]))

    def area19(self, area):
        """The city's 2019 average of a 2019 area (0..100), to scale invented values."""
        ps = [percent(i, self.v19[k]) for k, i in self.inds19.items() if i["area"] == area]
        return sum(ps) / len(ps)

    # -- the same indicator, same method and unit: progress (or regression) from the 2019 value
    def same(self, iid):
        ind, raw = self.inds18[iid], self.v19[iid]
        m, rg, rng = ind["method"], self.regress(iid), self.rng(iid, "value")
        if m == "yes_no":
            if rg is not None:
                return "yes" if is_yes(raw) or rng.random() < REGRESS_YES * rg else "no"
            if not is_yes(raw):
                return "no"
            return "no" if rng.random() < YES_LOST * float(1 - self.ratio(iid)) else "yes"
        v = F(raw)
        if m == "share":
            if rg is not None:
                up = max(v + (100 - v) * F(str(rg)), v * F(11, 10))
                return dec_str(round_dec(min(F(100), up), 2))
            return dec_str(round_dec(v * self.ratio(iid), 2))
        # target: keep the 2019 value's precision (at least one decimal unless it is a count)
        places = max(decimals_of(raw), 0 if ind.get("unit") == "per year" else 1)
        r = F(1) + F(str(rg)) if rg is not None else self.ratio(iid)
        lower = ind.get("better") == "lower"
        w = v / r if lower else v * r
        if iid == "ict.06":
            w = w * F(str(ICT_SPEEDUP))
        w = round_dec(w, places)
        if lower and w == 0:
            w = F(1, 10 ** places)
        return dec_str(w)

    # -- indicators whose method or unit changed between 2018 and 2019
    def yes_from_share(self, iid):
        v = F(self.v19[iid])
        if self.regress(iid) is not None:
            return "yes" if v > 0 else "no"
        return "yes" if v * self.ratio(iid) >= YES_SHARE[iid] else "no"

    def broadband(self):     # ict.01: share of households -> subscriptions per 100 households
        v = F(self.v19["ict.01"])
        rg = self.regress("ict.01")
        r = F(1) + F(str(rg)) / 2 if rg is not None else self.ratio("ict.01")
        k = F(str(round(self.rng("ict.01", "subs").uniform(0.97, 1.06), 3)))   # some have two lines
        return dec_str(round_dec(v * r * k, 1))

    def stations(self):      # eco.01: per 100,000 residents -> stations in the city
        v = F(self.v19["eco.01"]) * F(POPULATION[self.city], 100)
        rg = self.regress("eco.01")
        r = F(1) + F(str(rg)) if rg is not None else self.ratio("eco.01")
        return str(int(round_dec(v * r, 0)))

    # -- 2018-only indicators: invented, following the related 2019 area
    def invented(self, iid):
        rng = self.rng(iid, "invented")
        if iid == "ctm.11":      # online reception of the akim: nearly everywhere
            return "yes" if rng.random() < 0.45 + 0.55 * float(self.area19("ctm")) / 100 else "no"
        if iid == "edu.11":      # schools with a website
            lvl = float(self.area19("edu")) * float(PACE[self.city])
            return dec_str(round_dec(F(str(round(min(99.0, lvl * rng.uniform(0.72, 0.95)), 2))), 2))
        if iid == "hcs.10":      # apartment buildings with common-building heat meters
            lvl = 38 + 0.9 * float(self.area19("hcs")) + rng.uniform(-8, 12)
            return dec_str(round_dec(F(str(round(min(98.0, lvl), 2))), 2))
        if iid == "its.10":      # electronic transport card: where e-fares were common by 2019
            return "yes" if F(self.v19["its.04"]) * self.ratio("its.04") >= 40 else "no"
        raise SystemExit(f"{iid}: no rule to invent a 2018 value")

    def value(self, iid):
        ind18, ind19 = self.inds18[iid], self.inds19.get(iid)
        if ind19 is None:
            return self.invented(iid)
        if iid in YES_SHARE and ind18["method"] == "yes_no" and ind19["method"] == "share":
            return self.yes_from_share(iid)
        if iid == "ict.01" and ind18["method"] == "target":
            return self.broadband()
        if iid == "eco.01" and ind18.get("unit") != ind19.get("unit"):
            return self.stations()
        if ind18["method"] != ind19["method"] or ind18.get("unit") != ind19.get("unit"):
            raise SystemExit(f"{iid}: method or unit changed and no rule converts it")
        return self.same(iid)


# ---------------------------------------------------------------------------------------------
def evaluate(std, data):
    """DESIGN.md section 3 on data {city: {indicator: raw}}: exact Fractions. missing: zero."""
    sc = std["scoring"]
    scale = F(str(sc["scale"]))
    factors = {k: F(str(v)) for k, v in sc["factors"].items()}
    res = {}
    for city in CITIES:
        area_avg = {}
        for a in std["areas"]:
            ps = [percent(i, data[city][i["id"]], scale) if data[city].get(i["id"], "") != "" else F(0)
                  for i in a["indicators"]]
            area_avg[a["id"]] = sum(ps) / len(ps)
        groups = {}
        for g in std["groups"]:
            s = sum(area_avg[a] for a in g["areas"]) / len(g["areas"])
            r = math.floor(s + F(1, 2))   # half_up, 0 decimals (values are >= 0)
            pts = next(b["points"] for b in sc["bands"] if b["min"] <= r <= b["max"])
            groups[g["id"]] = {"avg": s, "points": pts, "factor": factors[g["factor"]]}
        points = sum(g["points"] * g["factor"] for g in groups.values())
        index = sum(g["avg"] * g["factor"] for g in groups.values()) / sum(g["factor"] for g in groups.values())
        res[city] = {"areas": area_avg, "groups": groups, "points": points,
                     "score": points / F(str(sc["max_score"])), "index": index}
    ranked = sorted(CITIES, key=lambda c: (-res[c]["score"], -res[c]["index"]))
    for k, c in enumerate(ranked):
        prev = ranked[k - 1] if k else None
        same = prev and res[prev]["score"] == res[c]["score"] and res[prev]["index"] == res[c]["index"]
        res[c]["rank"] = res[prev]["rank"] if same else k + 1
    return res, ranked


def check(std18, inds18, data18, std19, inds19, data19, out=sys.stdout):
    fails = []
    # the file itself: every city, every indicator, a value of the right kind
    for c in CITIES:
        for iid, ind in inds18.items():
            raw = data18[c].get(iid, "")
            if raw == "":
                fails.append(f"{c} {iid}: no value")
                continue
            try:
                percent(ind, raw)
            except ValueError as e:
                fails.append(f"{c} {e}")
            if ind["method"] == "share" and decimals_of(raw) > 2:
                fails.append(f"{c} {iid}: {raw} has more than 2 decimals")
    if fails:
        return fails, None, None
    r18, ranked18 = evaluate(std18, data18)
    r19, _ = evaluate(std19, data19)
    g18 = [g["id"] for g in std18["groups"]]
    out.write("city             | 2018 rank points  index | 2019 rank points  index | move | 2018 groups "
              + " ".join(g18) + "\n")
    for c in ranked18:
        a, b = r18[c], r19[c]
        move = b["rank"] - a["rank"]   # > 0: the city lost places from 2018 to 2019
        out.write(f"{c:16} | {a['rank']:>9} {int(a['points']):>6} {float(a['index']):6.2f} | "
                  f"{b['rank']:>9} {int(b['points']):>6} {float(b['index']):6.2f} | "
                  f"{'=' if move == 0 else f'{-move:+d}':>4} | "
                  + " ".join(f"{float(a['groups'][g]['avg']):5.1f}->{a['groups'][g]['points']}" for g in g18) + "\n")
    moves = sorted(abs(r18[c]["rank"] - r19[c]["rank"]) for c in CITIES)
    out.write("move: places gained (+) or lost (-) from 2018 to 2019\n")
    out.write(f"\nplace changes 2018 -> 2019: {sum(m > 0 for m in moves)} of {len(CITIES)} cities moved; "
              f"largest moves {moves[-3:]}\n")
    # value by value, where the two years measure alike (same method and unit): the percent of each
    # value under the 2019 definition, 2018 against 2019
    tally = {True: [0, 0, 0], False: [0, 0, 0]}   # in a REGRESS area -> [2018 lower, same, higher]
    ahead = {}
    for c in CITIES:
        for iid, ind in inds18.items():
            ind19 = inds19.get(iid)
            if ind19 is None or ind19["method"] != ind["method"] or ind19.get("unit") != ind.get("unit"):
                continue
            p18, p19 = percent(ind19, data18[c][iid]), percent(ind19, data19[c][iid])
            key = (c, iid.split(".")[0])
            k = 0 if p18 < p19 else 1 if p18 == p19 else 2
            tally[key in REGRESS][k] += 1
            if key in REGRESS:
                ahead.setdefault(key, [0, 0])[0 if k == 2 else 1] += 1
    t = tally[False]
    out.write(f"comparable values, progressing areas: 2018 lower {t[0]}, same {t[1]}, higher {t[2]}\n")
    out.write("regressed areas (2018 values higher / comparable values): " + ", ".join(
        f"{c} {a} {n}/{n + m}" for (c, a), (n, m) in sorted(ahead.items())) + "\n")
    # sanity: national progress, and the stories the data should tell
    n18 = sum(r18[c]["index"] for c in CITIES) / len(CITIES)
    n19 = sum(r19[c]["index"] for c in CITIES) / len(CITIES)
    out.write(f"mean index 2018 {float(n18):.2f}, 2019 {float(n19):.2f}\n")
    if not n18 < n19:
        fails.append("no national progress from 2018 to 2019")
    if t[2]:
        fails.append(f"{t[2]} values of progressing areas are higher in 2018 than in 2019")
    if sum(m > 0 for m in moves) < 8:
        fails.append("fewer than 8 cities change place")
    if not any(m >= 5 for m in moves):
        fails.append("no city moves 5 places or more")
    for (c, a), (n, m) in ahead.items():
        if not 2 * n >= n + m:
            fails.append(f"{c} {a}: only {n} of {n + m} values higher in 2018 than in 2019")
    return fails, r18, ranked18


def etalon_check(csv_path, r18):
    """Run ./etalon on the written file; its ranks, points and indexes must be the script's."""
    cmd = [os.path.join(ROOT, "etalon"), "evaluate", "--standard", "kz-2018", "--cities", csv_path,
           "--format", "json"]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0:
        return [f"./etalon failed ({p.returncode}): {p.stderr.strip()}"]
    fails = []
    for c in json.loads(p.stdout)["cities"]:
        mine = r18[c["city"]]
        if (c["rank"], c["points"]) != (mine["rank"], int(mine["points"])) \
                or abs(c["index"] - float(mine["index"])) > 1e-9:
            fails.append(f"{c['city']}: etalon rank {c['rank']} points {c['points']} index {c['index']}, "
                         f"script {mine['rank']} {mine['points']} {float(mine['index'])}")
    print(f"./etalon evaluate --standard kz-2018: {'same ranks, points and indexes' if not fails else 'DIFFERS'}")
    return fails


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--standard", default=os.path.join(ROOT, "standards", "kz-2018.yaml"))
    ap.add_argument("--standard-2019", default=os.path.join(ROOT, "standards", "kz-2019.yaml"))
    ap.add_argument("--cities-2019", default=os.path.join(ROOT, "data", "kz-2019-cities.csv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "kz-2018-cities.csv"))
    ap.add_argument("--check-only", action="store_true", help="evaluate the existing CSV, write nothing")
    ap.add_argument("--etalon", action="store_true", help="also compare with ./etalon evaluate")
    args = ap.parse_args()
    std18, inds18 = load_standard(args.standard)
    std19, inds19 = load_standard(args.standard_2019)
    data19 = read_cities(args.cities_2019)
    if list(data19) != CITIES:
        sys.exit(f"{args.cities_2019}: cities are not the 17 expected, in order")

    if args.check_only:
        data18 = read_cities(args.out)
    else:
        data18 = {}
        for c in CITIES:
            d = Deriver(c, data19[c], inds18, inds19)
            data18[c] = {iid: d.value(iid) for iid in inds18}
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["city", "indicator", "value"])
        for c in CITIES:
            for iid in inds18:          # kz-2018 order
                w.writerow([c, iid, data18[c][iid]])
        tmp = args.out + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(buf.getvalue())
        os.replace(tmp, args.out)
        n = sum(len(v) for v in data18.values())
        print(f"wrote {os.path.relpath(args.out)}: {n} rows ({len(CITIES)} cities x {n // len(CITIES)} indicators)\n")

    fails, r18, _ = check(std18, inds18, data18, std19, inds19, data19)
    if args.etalon and r18 is not None:
        fails += etalon_check(args.out, r18)
    print(f"\nchecks: {'all passed' if not fails else str(len(fails)) + ' FAILED'}")
    for f in fails:
        print(f"  FAIL {f}")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()

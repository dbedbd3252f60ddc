"""Benchmark: importing the official OTOP product list into a fresh SQLite database.

    .venv/bin/python bench/import_official_list.py --rows 100000 [--repeat 3] [--images 100]

Generates one CSV of realistic random rows, then for each run starts a fresh
process with its own temporary database (MARKETPLACE_VAR_DIR set before
django.setup(), then migrate), imports the file, and imports it again to time
a re-import that changes nothing. Checking (validation), writing and search
indexing are timed separately; medians over the runs are printed.
"""

import argparse
import csv
import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CATEGORIES = {
    "food": [("น้ำพริกนรก", "chili paste"), ("กล้วยฉาบ", "banana chips"), ("ข้าวหอมมะลิ", "jasmine rice"),
             ("ทองม้วน", "rolled wafers"), ("น้ำตาลมะพร้าว", "coconut sugar"), ("มะม่วงอบแห้ง", "dried mango"),
             ("ข้าวแต๋น", "rice crackers"), ("น้ำผึ้งดอกลำไย", "longan honey")],
    "beverage": [("ชาอู่หลง", "oolong tea"), ("กาแฟอาราบิก้า", "Arabica coffee"), ("น้ำกระเจี๊ยบ", "roselle drink"),
                 ("ชาใบหม่อน", "mulberry-leaf tea"), ("ไวน์ลูกหว้า", "Java plum wine")],
    "textile": [("ผ้าไหมมัดหมี่", "mudmee silk"), ("ผ้าไหมแพรวา", "praewa silk"), ("ผ้าฝ้ายทอมือ", "hand-woven cotton"),
                ("ผ้าคราม", "indigo cloth"), ("ผ้าซิ่นตีนจก", "teen jok sarong"), ("ผ้าบาติก", "batik")],
    "household": [("ตะกร้าผักตบชวา", "water-hyacinth basket"), ("เครื่องปั้นดินเผา", "pottery"),
                  ("ร่มบ่อสร้าง", "Bo Sang umbrella"), ("กระเป๋ากระจูด", "krajood bag"),
                  ("เบญจรงค์", "Benjarong bowl"), ("เครื่องเงิน", "silverware")],
    "herbal": [("ลูกประคบ", "herbal compress"), ("ยาหม่อง", "herbal balm"), ("สบู่สมุนไพร", "herbal soap"),
               ("ยาดม", "herbal inhaler"), ("น้ำมันนวด", "massage oil")],
}
STYLES = [("สูตรดั้งเดิม", "traditional recipe"), ("ลายโบราณ", "old pattern"), ("พรีเมียม", "premium"),
          ("ออร์แกนิก", "organic"), ("ขนาดพกพา", "travel size"), ("ชุดของขวัญ", "gift set")]
GROUPS = ["กลุ่มแม่บ้านเกษตรกร", "วิสาหกิจชุมชน", "กลุ่มทอผ้า", "กลุ่มจักสาน", "กลุ่มสมุนไพร", "กลุ่มอาชีพ"]
VILLAGES = ["บ้านหนองบัว", "บ้านโนนสูง", "บ้านดอนแก้ว", "บ้านนาเหนือ", "บ้านห้วยทราย", "บ้านท่าช้าง", "บ้านป่าแดง",
            "บ้านสันทราย", "บ้านโคกกลาง", "บ้านหนองแวง", "บ้านดงเย็น", "บ้านบางตาล"]
FIRST_NAMES = ["นายสมชาย", "นางสมหญิง", "นายประเสริฐ", "นางบุญมี", "นายวิชัย", "นางสาวมาลี"]
LAST_NAMES = ["ดินดี", "ใจงาม", "ทองคำ", "ศรีสุข", "แก้วมณี", "บุญเรือง", "สายทอง"]
DISTRICTS = ["เมือง", "ท่าใหม่", "บ้านไร่", "นาแก", "โพธิ์ทอง", "สันกำแพง", "ด่านซ้าย"]
SENTENCES = ["ผลิตจากวัตถุดิบในท้องถิ่น", "ทำด้วยมือทุกชิ้น", "สืบทอดภูมิปัญญาจากบรรพบุรุษ", "ไม่ใส่วัตถุกันเสีย",
             "บรรจุในบรรจุภัณฑ์ที่เป็นมิตรกับสิ่งแวดล้อม", "ผ่านการรับรองมาตรฐานผลิตภัณฑ์ชุมชน", "เหมาะเป็นของฝาก"]
MOTIFS = {"food": "sauce", "beverage": "tea", "textile": "fabric", "household": "basket", "herbal": "compress"}


def generate(path: Path, rows: int, images: int, seed: int = 2567) -> None:
    """A list shaped like the real one: ~3 products per producer, mostly 4–5 stars, some expired."""
    from marketplace.geography.data import PROVINCES
    from marketplace.listings.official_list import COLUMNS

    rng = random.Random(seed)
    image_files = _images(path.parent / "images", images, rng) if images else []
    producers = []
    for n in range(max(1, rows // 3)):
        province = rng.choice(PROVINCES)
        if rng.random() < 0.2:
            name, kind = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {n}", "single_owner"
        else:
            name = f"{rng.choice(GROUPS)}{rng.choice(VILLAGES)} {n}"
            kind = "sme" if rng.random() < 0.15 else "community_group"
        producers.append((name, kind, province, rng.choice(DISTRICTS), rng.choice(VILLAGES)))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for i in range(rows):
            writer.writerow(_row(i, producers[i % len(producers)], image_files, rng))


def _row(i: int, producer: tuple, image_files: list[str], rng: random.Random) -> list:
    name, kind, province, district, subdistrict = producer
    category = rng.choice(list(CATEGORIES))
    (item_th, item_en), (style_th, style_en) = rng.choice(CATEGORIES[category]), rng.choice(STYLES)
    this_year = datetime.date.today().year
    # Ratings last until the end of the second year after their round: the oldest round's have expired.
    selection = rng.choice([this_year - 4, this_year - 2, this_year - 1, this_year - 1, this_year, this_year])
    return [
        f"885{i:010d}",
        f"{item_th}{style_th} {i}",
        f"{item_en.capitalize()}, {style_en} {i}" if rng.random() < 0.8 else "",
        " ".join(rng.sample(SENTENCES, 3)),
        f"{item_en.capitalize()}, {style_en}, made in {province.name_en}." if rng.random() < 0.6 else "",
        category,
        rng.choices([5, 4, 3, 2, 1], weights=[35, 40, 17, 5, 3])[0],
        f"OPC{selection + 543}-{i:07d}",
        f"{selection + 2}-12-31",
        name,
        kind,
        province.name_th if rng.random() < 0.5 else province.name_en,
        district,
        subdistrict,
        f"{rng.randint(3, 5000) * 5}.00" if rng.random() < 0.5 else rng.randint(20, 9000),
        rng.randint(0, 500),
        rng.randint(50, 5000) if rng.random() < 0.9 else "",
        rng.choice(image_files) if image_files and rng.random() < 0.01 else "",
    ]


def _images(folder: Path, count: int, rng: random.Random) -> list[str]:
    from marketplace.demo.images import product_image

    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for n in range(count):
        motif = rng.choice(list(MOTIFS.values()))
        (folder / f"product-{n}.jpg").write_bytes(product_image(f"bench-{n}", motif, ("#7a1f3d", "#e0b040"), size=320))
        names.append(f"images/product-{n}.jpg")
    return names


def _environment(var_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in {"DATABASE_URL", "MEDIA_ROOT", "SEARCH_INDEX_PATH", "ELASTICSEARCH_URL"}}
    # Production-like: DEBUG off (no query log), and everything in this run's own folder.
    env.update(MARKETPLACE_VAR_DIR=str(var_dir), DJANGO_SETTINGS_MODULE="marketplace.settings.base",
               DEBUG="false", LOG_LEVEL="WARNING")
    return env


def _django_setup(var_dir: Path) -> None:
    import django

    os.environ.update(_environment(var_dir))  # before setup: the settings read it once
    django.setup()


def run_once(csv_path: Path, index: bool) -> dict:
    """One run in this (fresh) process: migrate, import, re-import; timings in seconds."""
    import django
    from django.core.management import call_command

    django.setup()  # the parent set MARKETPLACE_VAR_DIR to a fresh folder in this process's environment
    call_command("migrate", verbosity=0)
    from marketplace.listings.official_import import official_list_write
    from marketplace.listings.official_list import official_list_read
    from search.indexing import index_follow

    result = {}
    for label in ("first", "again"):
        # Wall-clock time is what counts; CPU time is kept too, since on a shared machine it
        # shows the importer's own cost apart from what other processes take.
        started, cpu_started = time.perf_counter(), time.process_time()
        parsed = official_list_read(csv_path)
        checked = time.perf_counter()
        assert not parsed.errors, parsed.errors[:5]
        report = official_list_write(parsed.rows, index=False)
        written, cpu_written = time.perf_counter(), time.process_time()
        if index:
            index_follow(report.reindexed_product_ids)
        indexed = time.perf_counter()
        result[label] = {
            "validate": checked - started, "write": written - checked, "index": indexed - written,
            "cpu": cpu_written - cpu_started,
            "rows": report.rows, "created": report.products_created, "updated": report.products_updated,
            "unchanged": report.products_unchanged, "producers": report.producers_created,
            "listed": report.listed, "not_listed": report.not_listed, "changes": report.changes,
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--images", type=int, default=100, help="distinct pictures; about 1%% of rows use one")
    parser.add_argument("--no-index", action="store_true", help="skip the search index refresh")
    parser.add_argument("--child", metavar="CSV", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(run_once(Path(args.child), index=not args.no_index)))
        return

    with tempfile.TemporaryDirectory(prefix="otop-bench-") as folder:
        csv_path = Path(folder) / "official_list.csv"
        _django_setup(Path(folder) / "var-generate")  # the generator only reads the column list
        started = time.perf_counter()
        generate(csv_path, args.rows, args.images)
        print(f"generated {args.rows:,} rows ({csv_path.stat().st_size / 2**20:.1f} MB) "
              f"in {time.perf_counter() - started:.1f}s")
        runs = []
        for run in range(args.repeat):
            var_dir = Path(folder) / f"var-{run}"
            env = _environment(var_dir)
            command = [sys.executable, __file__, "--child", str(csv_path)] + (["--no-index"] if args.no_index else [])
            output = subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout
            runs.append(json.loads(output.strip().splitlines()[-1]))
            _print_run(run + 1, runs[-1])
        _print_medians(runs, args.rows)


def _rate(rows: int, seconds: float) -> str:
    return f"{rows / seconds:,.0f} rows/s" if seconds else "-"


def _print_run(number: int, run: dict) -> None:
    for label, name in (("first", "first import"), ("again", "re-import")):
        r = run[label]
        print(f"run {number} {name:>12}: validate {r['validate']:.1f}s, write {r['write']:.1f}s, "
              f"index {r['index']:.1f}s -> {_rate(r['rows'], r['validate'] + r['write'])} "
              f"(CPU {_rate(r['rows'], r['cpu'])}) "
              f"(created {r['created']:,}, updated {r['updated']:,}, unchanged {r['unchanged']:,}, "
              f"producers {r['producers']:,}, listed {r['listed']:,}, not listed {r['not_listed']:,})")


def _print_medians(runs: list[dict], rows: int) -> None:
    print(f"\nmedians over {len(runs)} runs, {rows:,} rows, SQLite:")
    for label, name in (("first", "first import"), ("again", "no-change re-import")):
        validate = statistics.median(run[label]["validate"] for run in runs)
        write = statistics.median(run[label]["write"] for run in runs)
        index = statistics.median(run[label]["index"] for run in runs)
        total = statistics.median(sum(run[label][k] for k in ("validate", "write", "index")) for run in runs)
        both = statistics.median(run[label]["validate"] + run[label]["write"] for run in runs)
        cpu = statistics.median(run[label]["cpu"] for run in runs)
        print(f"  {name:>20}: validate {_rate(rows, validate)}, write {_rate(rows, write)}, "
              f"validate+write {_rate(rows, both)} (CPU time: {_rate(rows, cpu)}); "
              f"with search indexing {_rate(rows, total)} (index {index:.1f}s)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()

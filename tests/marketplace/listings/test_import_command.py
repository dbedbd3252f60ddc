import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

import marketplace.listings
from marketplace.certification.selectors import products_eligible
from marketplace.listings.management.commands import import_otop_products
from shop.catalogue.models import Product, ProductImage

from .official_lists import official_row

pytestmark = pytest.mark.django_db

EXAMPLE = Path(marketplace.listings.__file__).parent / "examples" / "official_list_example.csv"


def _run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_otop_products", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def test_errors_are_printed_with_line_and_column_and_the_command_fails(write_list):
    rows = [official_row(upc="1"), official_row(upc="2", stars="0"), official_row(upc="3", price="free")]

    _out, err, error = _run(write_list(rows))

    assert error is not None  # CommandError: exit status 1 on the command line
    assert "line 3, column stars: " in err
    assert "line 4, column price: " in err
    assert "2 errors" in str(error)
    assert Product.objects.count() == 0


def test_another_producers_upc_fails_unless_the_run_says_reassign(write_list):
    _run(write_list([official_row(upc="77")]))
    moved = write_list([official_row(upc="77", producer_name="ศูนย์ผ้าไหมสุรินทร์", producer_type="sme")])

    _out, err, error = _run(moved)
    assert error is not None and "line 2, column upc: " in err and "กลุ่มทอผ้าไหมบ้านท่าสว่าง" in err

    _out, _err, error = _run(moved, "--reassign")
    assert error is None
    assert Product.objects.get(upc="77").producer.name_th == "ศูนย์ผ้าไหมสุรินทร์"


def test_the_command_line_exit_status_is_non_zero(write_list, tmp_path):
    path = write_list("upc,title\n1,x\n")  # a wrong header is found before the database is needed
    manage = Path(__file__).resolve().parents[3] / "manage.py"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "marketplace.settings.test",
           "MARKETPLACE_VAR_DIR": str(tmp_path / "var")}

    done = subprocess.run([sys.executable, str(manage), "import_otop_products", str(path)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)

    assert done.returncode == 1
    # The command speaks the site's language (Thai by default); column names stay as they are.
    assert " title: " in done.stderr and " price: " in done.stderr


def test_printed_errors_are_capped_with_a_count_of_the_rest(write_list, monkeypatch):
    monkeypatch.setattr(import_otop_products, "MAX_ERRORS_SHOWN", 2)
    rows = [official_row(upc=str(n), stars="9") for n in range(5)]

    _out, err, error = _run(write_list(rows))

    assert err.count("column stars") == 2
    assert "and 3 more errors" in err
    assert "5 errors" in str(error)


def test_a_file_level_error_is_printed_once(write_list):
    _out, err, error = _run(write_list([official_row()], encoding="cp874"))
    assert error is not None
    assert err.strip().count("\n") == 0 and "not UTF-8" in err


def test_success_prints_the_report(write_list):
    out, _err, error = _run(write_list([official_row(upc="1"), official_row(upc="2", stars="3")]))

    assert error is None
    assert "Products: 2 created, 0 updated, 0 unchanged." in out
    assert "Producers: 1 created, 0 updated." in out
    assert "Listed in the shop: 1;" in out and "not eligible): 1." in out


def test_dry_run_only_checks(write_list):
    out, _err, error = _run(write_list([official_row()]), "--dry-run")
    assert error is None and "1 rows checked" in out
    assert Product.objects.count() == 0

    _out, err, error = _run(write_list([official_row(stars="x")]), "--dry-run")
    assert error is not None and "line 2, column stars" in err


def test_an_unknown_recording_user_is_refused(write_list):
    _out, _err, error = _run(write_list([official_row()]), "--recorded-by", "nobody@example.th")
    assert error is not None and Product.objects.count() == 0


def test_the_example_list_imports_cleanly():
    out, err, error = _run(EXAMPLE)

    assert error is None, err
    assert "Products: 10 created" in out
    assert products_eligible().count() == 8
    assert ProductImage.objects.count() == 1
    _out, _err, _error = _run(EXAMPLE)
    assert "Products: 0 created, 0 updated, 10 unchanged." in _out


def test_a_list_dated_as_the_thai_records_are_imports_with_those_expiry_dates(write_list):
    """The CDD's records write 30/09/2571 (B.E.); the command once wanted 2028-09-30 only."""
    rows = [official_row(upc="1", certificate_no="OPC2569-0100011", certificate_expires="30/09/2571"),
            official_row(upc="2", certificate_no="OPC2569-0100012", certificate_expires="30 กันยายน 2571"),
            official_row(upc="3", certificate_no="OPC2569-0100013", certificate_expires="30/09/2028")]

    _out, err, error = _run(write_list(rows))

    assert error is None, err
    expiries = {p.upc: p.certifications.get().expires_on.isoformat() for p in Product.objects.all()}
    assert expiries == {"1": "2028-09-30", "2": "2028-09-30", "3": "2028-09-30"}


def test_an_expiry_that_is_no_date_names_its_line_and_nothing_is_written(write_list):
    rows = [official_row(upc="1"), official_row(upc="2", certificate_expires="31/02/2571")]

    _out, err, error = _run(write_list(rows))

    assert error is not None
    assert "line 3, column certificate_expires: " in err and "31/02/2571" in err
    assert Product.objects.count() == 0

"""The web pages: upload → report → confirm, the report and template downloads, the claims page."""
import io
import re

import sqlalchemy as sa
from openpyxl import load_workbook

from directory.models import Enterprise, Invitation, Status

from .helpers import row, write_xlsx
from .test_imports import OFFERING, count, setup  # noqa: F401 - the fixture


def upload(client, path, committee="khoi-hn"):
    return client.post("/imports/check", data={"committee": committee, "file": (open(path, "rb"), path.name)},
                       content_type="multipart/form-data")


def test_upload_report_confirm(db, setup, login, client, tmp_path):
    login(setup["reviewer"])
    path = write_xlsx(tmp_path / "hoi-vien.xlsx", [row(email="lienhe@tienphong.vn", **OFFERING)])
    page = upload(client, path)
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Nhập vào danh bạ" in html
    assert count(db, Enterprise) == 0
    token = re.search(r'name="token" type="hidden" value="([^"]+)"', html).group(1)
    done = client.post("/imports/commit", data={"token": token})
    assert done.status_code == 302 and done.location.endswith("/imports/claims?committee=khoi-hn")
    assert db.session.scalar(sa.select(Enterprise.status)) == Status.APPROVED
    claims = client.get(done.location).get_data(as_text=True)
    assert "lienhe@tienphong.vn" in claims and "Chưa nhận" in claims
    invitation = db.session.scalar(sa.select(Invitation))
    resent = client.post(f"/imports/claims/{invitation.id}/resend")
    assert resent.status_code == 302 and count(db, Invitation) == 2


def test_errors_are_listed_and_downloadable_and_nothing_can_be_committed(db, setup, login, client, tmp_path):
    login(setup["reviewer"])
    path = write_xlsx(tmp_path / "sai.xlsx", [row(), row(tax_code="0100233480", **dict(OFFERING, price_min="abc"))])
    page = upload(client, path)
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Nhập vào danh bạ" not in html
    assert "Giá phải là số đồng" in html and "0100233480" in html
    link = re.search(r'href="(/imports/report/[^"]+)"', html).group(1)
    sheet = load_workbook(io.BytesIO(client.get(link).data), read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Kết quả", "Lỗi")
    assert rows[1][-2] == "Doanh nghiệp: tạo mới" and rows[1][-1] is None
    assert "Mã số thuế" in rows[2][-1] and "Giá từ (đồng)" in rows[2][-1]
    assert count(db, Enterprise) == 0


def test_a_file_that_cannot_be_read_is_shown_with_the_reason(db, setup, login, client, tmp_path):
    login(setup["reviewer"])
    (tmp_path / "anh.xlsx").write_bytes(b"\x89PNG not a workbook")
    page = upload(client, tmp_path / "anh.xlsx")
    assert page.status_code == 400 and "Không đọc được tệp Excel" in page.get_data(as_text=True)
    other = upload(client, write_xlsx(tmp_path / "a.xlsx", [row()]), committee="khoi-hp")
    assert other.status_code == 400 and "Đảng ủy Khối mình" in other.get_data(as_text=True)


def test_the_template_explains_each_column_and_offers_lists(db, setup, login, client):
    login(setup["reviewer"])
    workbook = load_workbook(io.BytesIO(client.get("/imports/template.xlsx").data))
    assert workbook.sheetnames == ["Doanh nghiệp", "Danh sách", "Hướng dẫn"]
    guide = [r for r in workbook["Hướng dẫn"].iter_rows(values_only=True)]
    assert ("Mã số thuế", "Có") == guide[1][:2] and "0100112437-001" in guide[1][2]
    lists = {next(iter(r.sqref.ranges)).coord.split(":")[0][:-1]: r.formula1
             for r in workbook["Doanh nghiệp"].data_validations.dataValidation}
    assert set(lists) >= {"D", "E", "F", "N", "Q"}  # committee, ownership, province, kind, category
    committees = next(workbook["Danh sách"].iter_cols(min_col=1, max_col=1, values_only=True))
    assert [c for c in committees[1:] if c] == ["khoi-hn"]  # a reviewer's list: its own committee

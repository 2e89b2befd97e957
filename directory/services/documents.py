"""The period report as a document a committee files: the heading and signature block of the
Party's format (Hướng dẫn 36-HD/VPTW, 2018; see /work DOMAIN "Official documents"), each
committee's settings for them, and the PDF (WeasyPrint) and DOCX (python-docx) files.

The figures and tables come from services/reports.py (`Report`, `summary_rows`): the
dashboard, the printable page, the XLSX export and these files show one set of numbers.
An official document is always in Vietnamese, whatever the language of the page asking for it.
"""
import re
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from flask_babel import force_locale
from flask_babel import gettext as _

from ..extensions import db
from ..inputs import day_or_none
from ..models import Committee, CommitteeDocument
from ..reference import committee_rows
from ..text import nfc
from .audit import record_event, snapshot
from .errors import DomainError
from .linkages import local_today
from .permissions import require, reviews_committee

SETTINGS = ("superior_body", "issuing_body", "place", "symbol", "on_behalf", "signer_function", "signer_name",
            "recipients")
STATIC = Path(__file__).resolve().parents[2] / "static"
DOCUMENT_CSS = STATIC / "css" / "report-document.css"


def can_edit_document_settings(user, committee: Committee) -> bool:
    """The committee's reviewers (its office) and administrators: the same people who file its reports."""
    return reviews_committee(user, committee.id)


def default_settings(committee: Committee) -> CommitteeDocument:
    """Sensible values before an office fills in its own (not saved): the bodies from the
    committee's province before the 2025 mergers (data/committees.csv), no signer's name.
    Stored text of a Vietnamese document: Vietnamese whatever the page's language."""
    with force_locale("vi"):
        return _default_settings(committee)


def _default_settings(committee: Committee) -> CommitteeDocument:
    row = next((r for r in committee_rows() if r["committee_key"] == committee.code), None)
    place = nfc(row["legacy_province_vi"]) if row else (committee.legacy_province_name or "")
    city = bool(row) and row["legacy_unit_type"].startswith("thành phố")
    if place:
        superior = (_("Đảng bộ thành phố %(place)s", place=place) if city
                    else _("Đảng bộ tỉnh %(place)s", place=place))
        head = (_("Ban Thường vụ Thành ủy %(place)s", place=place) if city
                else _("Ban Thường vụ Tỉnh ủy %(place)s", place=place))
    else:
        superior, head = "", _("Cấp ủy cấp trên")
    recipients = "\n".join([
        _("- %(body)s (để báo cáo),", body=head),
        _("- Các đảng ủy khối doanh nghiệp trong chương trình,"),
        _("- Lưu Văn phòng Đảng ủy."),
    ])
    return CommitteeDocument(
        committee_id=committee.id, superior_body=superior.upper(), issuing_body=_("ĐẢNG ỦY KHỐI DOANH NGHIỆP"),
        place=place, symbol=_("BC/ĐUK"), on_behalf=_("T/M ĐẢNG ỦY"), signer_function=_("BÍ THƯ"),
        signer_name="", recipients=recipients,
    )


def document_settings(committee: Committee) -> CommitteeDocument:
    """The committee's stored settings, or the defaults when its office has not saved any."""
    return db.session.get(CommitteeDocument, committee.id) or default_settings(committee)


def update_document_settings(actor, committee: Committee, **values) -> CommitteeDocument:
    require(can_edit_document_settings(actor, committee))
    settings = db.session.get(CommitteeDocument, committee.id)
    if settings is None:
        settings = default_settings(committee)
        db.session.add(settings)
        before = {}
    else:
        before = snapshot(settings, SETTINGS)
    for key in SETTINGS:
        if key in values:  # no control characters: a DOCX cannot hold them
            setattr(settings, key, nfc(CONTROLS.sub("", values[key] or "")) or "")
    record_event(actor, "committee.document_settings", committee, before=before,
                 after=snapshot(settings, SETTINGS))
    return settings


@dataclass(frozen=True)
class Heading:
    """Everything the heading and the signature block print, for one document."""

    settings: CommitteeDocument
    number: str  # "" leaves the blank an office fills in by hand
    day: date
    signer_name: str

    @property
    def number_line(self) -> str:
        return _("Số %(number)s-%(symbol)s", number=self.number or "\u2003\u2003", symbol=self.settings.symbol)

    @property
    def date_line(self) -> str:
        """`Hà Nội, ngày 06 tháng 02 năm 2023`: day and month on two digits, as the guidance writes them."""
        words = _("ngày %(day)s tháng %(month)s năm %(year)s", day=f"{self.day.day:02d}",
                  month=f"{self.day.month:02d}", year=self.day.year)
        return f"{self.settings.place}, {words}" if self.settings.place else words[:1].upper() + words[1:]


NUMBER = re.compile(r"[0-9]{1,6}")
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # all but tab and line feed


def heading(committee: Committee, number: str | None = None, day: str | None = None,
            signer_name: str | None = None) -> tuple[Heading, list[str]]:
    """The heading of one download from the query string; bad values fall back (number blank,
    today) with the reasons, so a link never fails."""
    errors = []
    settings = document_settings(committee)
    number = (number or "").strip()[:20]
    if number and not NUMBER.fullmatch(number):
        errors.append(_("Số văn bản chỉ gồm chữ số (tối đa 6 chữ số)."))
        number = ""
    issued = local_today()
    if day and day.strip():
        parsed = day_or_none(day.strip())
        if parsed is None or not date(2000, 1, 1) <= parsed <= date(2100, 12, 31):
            errors.append(_("Ngày văn bản không hợp lệ: hãy nhập theo dạng dd/mm/yyyy."))
        else:
            issued = parsed
    name = nfc(CONTROLS.sub("", (signer_name or "")[:100])) or settings.signer_name
    return Heading(settings, number, issued, name or ""), errors


class PdfUnavailable(DomainError):
    status = 503


def render_pdf(html: str) -> bytes:
    """The document page as PDF, with the Tinos font shipped in static/vendor/fonts embedded.
    Only files under static/ are read: no network, no system font is needed for the text."""
    try:
        from weasyprint import CSS, HTML
        from weasyprint.text.fonts import FontConfiguration
        from weasyprint.urls import URLFetcher
    except OSError as error:  # pango missing: WeasyPrint cannot load
        raise PdfUnavailable(_("Không tạo được tệp PDF trên máy chủ này (thiếu thư viện Pango).")) from error

    root = STATIC.as_uri() + "/"

    class StaticOnly(URLFetcher):
        def fetch(self, url, headers=None):
            if not url.startswith(root):
                raise ValueError(f"not a file of static/: {url}")
            return super().fetch(url, headers)

    fetcher = StaticOnly(allowed_protocols={"file"})
    fonts = FontConfiguration()
    css = CSS(filename=str(DOCUMENT_CSS), font_config=fonts, url_fetcher=fetcher)
    document = HTML(string=html, base_url=root, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[css], font_config=fonts)


def report_docx(report, summary: list[tuple[str, int, bool]], head: Heading) -> bytes:
    """The same document as DOCX: A4, Times New Roman 13 pt, the heading as a borderless table."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from ..i18n import money

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(13)
    normal.paragraph_format.space_after = Pt(3)

    def put(cell_or_doc, text, bold=False, italic=False, underline=False, align=WD_ALIGN_PARAGRAPH.CENTER,
            size=None, first=False):
        paragraph = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        if size:
            run.font.size = Pt(size)
        return paragraph

    settings = head.settings
    top = doc.add_table(rows=1, cols=2)
    top.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = top.rows[0].cells
    put(left, settings.superior_body, first=True, size=14)
    put(left, settings.issuing_body, bold=True, size=14)
    put(left, "*")
    put(left, head.number_line, size=14)
    put(right, _("ĐẢNG CỘNG SẢN VIỆT NAM"), bold=True, underline=True, first=True, size=15)
    put(right, head.date_line, italic=True, size=14)

    put(doc, _("BÁO CÁO"), bold=True, size=15).paragraph_format.space_before = Pt(18)
    put(doc, title(report), bold=True, size=14)
    put(doc, period_line(report), italic=True)

    def table(caption, headings, rows):
        put(doc, caption, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT).paragraph_format.space_before = Pt(9)
        grid = doc.add_table(rows=1, cols=len(headings))
        grid.style = "Table Grid"
        for cell, text in zip(grid.rows[0].cells, headings):
            cell.text = ""
            put(cell, text, bold=True, first=True, size=11)
        for values in rows:
            cells = grid.add_row().cells
            for index, (cell, text) in enumerate(zip(cells, values)):
                put(cell, str(text), first=True, size=11,
                    align=WD_ALIGN_PARAGRAPH.LEFT if index == 0 else WD_ALIGN_PARAGRAPH.RIGHT)

    table(_("I. Tổng hợp trong kỳ"), [_("Chỉ tiêu"), _("Số liệu")],
          [(label, money(number) if is_money else number) for label, number, is_money in summary])
    table(_("II. Theo tháng, so với cùng kỳ năm trước"),
          [_("Tháng"), _("Số giao dịch"), _("Giá trị"), _("Cùng kỳ: số giao dịch"), _("Cùng kỳ: giá trị")],
          [(m.label, m.count, money(m.value), m.previous_count, money(m.previous_value)) for m in report.by_month])
    cols = report.matrix_cols
    matrix_rows = []
    for row in report.matrix_rows:
        cells = [report.cell(row.key, col.key) for col in cols]
        matrix_rows.append([row.label] + [f"{c.count} / {money(c.value)}" if c else "–" for c in cells]
                           + [f"{row.count} / {money(row.value)}"])
    table(_("III. Ma trận liên kết giữa các Khối (số giao dịch / giá trị)"),
          [_("Bên mua \\ Bên bán")] + [c.label for c in cols] + [_("Tổng")],
          matrix_rows or [[_("Chưa có giao dịch được xác nhận trong kỳ.")] + [""] * (len(cols) + 1)])
    for caption, heading_label, rows in (
        (_("IV. Theo nhóm sản phẩm, dịch vụ"), _("Nhóm"), report.by_category),
        (_("V. Bên mua nhiều giao dịch nhất"), _("Bên mua"), report.top_buyers),
        (_("VI. Bên bán nhiều giao dịch nhất"), _("Bên bán"), report.top_suppliers),
    ):
        table(caption, [heading_label, _("Số giao dịch"), _("Giá trị")],
              [(r.label, r.count, money(r.value)) for r in rows] or [(_("Chưa có dữ liệu."), "", "")])
    put(doc, basis_note(), italic=True, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)

    bottom = doc.add_table(rows=1, cols=2)
    left, right = bottom.rows[0].cells
    put(left, _("Nơi nhận:"), bold=True, italic=True, underline=True, align=WD_ALIGN_PARAGRAPH.LEFT, first=True,
        size=12)
    for line in settings.recipient_lines():
        put(left, line, align=WD_ALIGN_PARAGRAPH.LEFT, size=11)
    put(right, settings.on_behalf, bold=True, first=True, size=14)
    put(right, settings.signer_function, bold=True, size=14)
    for _blank in range(3):
        put(right, "")
    put(right, head.signer_name, bold=True, size=14)

    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def title(report) -> str:
    return _("Kết quả chương trình liên kết doanh nghiệp")


def period_line(report) -> str:
    return _("(Từ ngày %(start)s đến ngày %(end)s)", start=f"{report.period.start:%d/%m/%Y}",
             end=f"{report.period.end:%d/%m/%Y}")


def basis_note() -> str:
    return _("Chỉ tính giao dịch đã được hai bên xác nhận, theo ngày xác nhận và theo Khối của hai bên tại thời "
             "điểm xác nhận.")

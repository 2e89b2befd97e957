import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db


class CommitteeDocument(db.Model):
    """What a committee's office prints on its official reports (Hướng dẫn 36-HD/VPTW): the
    bodies in the heading, the place of the date line, the symbol after the number, the
    signature block and the usual recipients. A committee without a row uses the defaults of
    services/documents.py."""

    __tablename__ = "committee_documents"

    committee_id: Mapped[int] = mapped_column(sa.ForeignKey("committees.id", ondelete="CASCADE"), primary_key=True)
    superior_body: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    issuing_body: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    place: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    symbol: Mapped[str] = mapped_column(sa.String(40), default="", server_default="")
    on_behalf: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    signer_function: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    signer_name: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    recipients: Mapped[str] = mapped_column(sa.Text, default="", server_default="")

    def recipient_lines(self) -> list[str]:
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]

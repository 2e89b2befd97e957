"""Search pages."""
from flask import Blueprint, render_template, request

from ..extensions import db
from ..models import Offering
from ..services.catalog import public_offerings

bp = Blueprint("search", __name__, url_prefix="/search")


@bp.get("/")
def results():
    query = request.args.get("q", "")[:200]
    offerings = db.paginate(public_offerings().order_by(Offering.id.desc()), per_page=20, error_out=False)
    return render_template("search/results.html", query=query, offerings=offerings)

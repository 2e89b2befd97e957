"""The linkage programme for buyers and suppliers: inquiries and threads, deals, needs,
shortlists, saved searches, and the programme home with suggested suppliers."""
from io import BytesIO

from flask import (Blueprint, abort, current_app, flash, redirect, render_template, request, send_file,
                   url_for)
from flask_babel import gettext as _
from flask_login import current_user

from ..extensions import db
from ..forms import flash_errors, perform
from ..inputs import bounded_int, int_arg
from ..models import Category, Enterprise, Linkage, Offering
from ..reference import provinces
from ..services import inquiries, linkages, needs, shortlists
from ..services import saved_searches as searches_service
from ..services.attachments import full_path, kind_of
from ..services.catalog import category_options, get_public_supplier
from ..services.errors import NotFound
from ..services.permissions import (can_cancel_linkage, can_decide_linkage, can_reply_inquiry, can_trade,
                                    can_view_need, guard, require, require_confirmed_email)
from .forms import (CancelForm, ConfirmForm, DecideForm, InquiryForm, LinkageForm, NeedForm, OfferForm,
                    ReplyForm, SavedSearchForm, ShortlistAddForm, ShortlistForm)

bp = Blueprint("linkage", __name__, url_prefix="/linkage")
guard(bp)  # every page of the programme needs an account


def _id_arg(name: str) -> int | None:
    """An id asked for in the query string: None when absent, 0 (which matches nothing) when junk."""
    return int_arg(name, 0) if request.args.get(name) else None


def _trader_only():
    require_confirmed_email(current_user)
    require(can_trade(current_user), _("Trang này dành cho người dùng của doanh nghiệp."))


def _confirmed(call, done: str | None, then: str):
    """A bare button (close, remove, delete): once confirmed, the service acts and the change is
    committed; its refusals reach the error page."""
    if ConfirmForm().validate_on_submit():
        call()
        db.session.commit()
        if done:
            flash(done, "info")
    return redirect(then)


def _send(path: str, name: str):
    if not full_path(path).is_file():
        abort(404)
    return send_file(full_path(path), mimetype=kind_of(path).mimetype, as_attachment=True, download_name=name)


# ---- programme home -------------------------------------------------------------------------

@bp.get("/")
def home():
    _trader_only()
    enterprise = current_user.enterprise
    return render_template(
        "linkage/home.html", enterprise=enterprise,
        suggestions=linkages.suggested_offerings(enterprise),
        unread=inquiries.unread_total(current_user),
        pending=[lk for lk in linkages.linkages_of(enterprise.id)
                 if lk.status.value == "proposed" and lk.counterparty_id == enterprise.id],
    )


# ---- inquiries ------------------------------------------------------------------------------

@bp.get("/inquiries")
def inbox():
    _trader_only()
    box = request.args.get("box", "all")
    box = box if box in ("all", "sent", "received") else "all"
    return render_template("linkage/inbox.html", threads=inquiries.inbox(current_user, box), box=box)


@bp.route("/inquiries/new", methods=["GET", "POST"])
def new_inquiry():
    """To a public supplier: ?offering= (about that offering) or ?enterprise=."""
    _trader_only()
    supplier, offering = get_public_supplier(int_arg("offering") or None, request.args.get("enterprise", ""))
    form = InquiryForm()
    if request.method == "GET" and offering is not None:
        form.subject.data = offering.title
    if form.validate_on_submit():
        answer = perform(lambda: inquiries.send_inquiry(
            current_user, supplier, offering=offering, subject=form.subject.data, body=form.body.data,
            quantity=form.quantity.data, wanted_on=form.wanted_on.data, attachment=form.attachment.data),
            field=form.body, done=_("Đã gửi yêu cầu tới %(name)s.", name=supplier.display_name),
            then=lambda inquiry: url_for("linkage.inquiry", inquiry_id=inquiry.id))
        if answer is not None:
            return answer
    return render_template("linkage/inquiry_new.html", form=form, supplier=supplier, offering=offering)


@bp.get("/inquiries/<int:inquiry_id>")
def inquiry(inquiry_id: int):
    thread = inquiries.get_inquiry(current_user, inquiry_id)
    inquiries.mark_read(current_user, thread)
    db.session.commit()
    return render_template("linkage/thread.html", inquiry=thread, form=ReplyForm(),
                           can_reply=can_reply_inquiry(current_user, thread))


@bp.post("/inquiries/<int:inquiry_id>/reply")
def reply(inquiry_id: int):
    thread = inquiries.get_inquiry(current_user, inquiry_id)
    # Reviewers and administrators read the thread: refused (403), not sent back to a form they never had.
    require(can_reply_inquiry(current_user, thread))
    form = ReplyForm()
    if form.validate_on_submit():
        answer = perform(lambda: inquiries.reply(current_user, thread, form.body.data, form.attachment.data),
                         field=form.body, done=_("Đã gửi trả lời."),
                         then=url_for("linkage.inquiry", inquiry_id=thread.id))
        if answer is not None:
            return answer
    return render_template("linkage/thread.html", inquiry=thread, form=form,
                           can_reply=can_reply_inquiry(current_user, thread)), 400


@bp.post("/inquiries/<int:inquiry_id>/close")
def close_inquiry(inquiry_id: int):
    thread = inquiries.get_inquiry(current_user, inquiry_id)
    require(can_reply_inquiry(current_user, thread))
    if ConfirmForm().validate_on_submit():
        perform(lambda: inquiries.close_inquiry(current_user, thread),
                done=_("Đã đóng cuộc trao đổi. Một trả lời mới sẽ mở lại."))
    return redirect(url_for("linkage.inquiry", inquiry_id=thread.id))


@bp.get("/messages/<int:message_id>/attachment")
def attachment(message_id: int):
    message = inquiries.get_attachment(current_user, message_id)
    return _send(message.attachment_path, message.attachment_name)


# ---- linkages -------------------------------------------------------------------------------

@bp.get("/linkages")
def linkage_list():
    _trader_only()
    return render_template("linkage/linkages.html", linkages=linkages.linkages_of(current_user.enterprise_id))


@bp.route("/linkages/new", methods=["GET", "POST"])
def new_linkage():
    """From an inquiry (?inquiry=), a supplier's page (?enterprise=) or with a choice of counterparty."""
    _trader_only()
    proposal = linkages.proposal(current_user, inquiry_id=_id_arg("inquiry"), slug=request.args.get("enterprise", ""))
    form = LinkageForm()
    form.start_from(proposal, first_showing=request.method == "GET")
    if form.validate_on_submit():
        other = db.session.get(Enterprise, form.counterparty.data)
        chosen = [o for o in (db.session.get(Offering, i) for i in form.offerings.data or []) if o is not None]
        answer = perform(lambda: linkages.propose_linkage(
            current_user, other, actor_is_buyer=form.side.data == "buyer", value=form.value.data,
            starts_on=form.starts_on.data, ends_on=form.ends_on.data, description=form.description.data,
            offerings=chosen, inquiry=proposal.inquiry, contract=form.contract.data),
            field=form.value, done=_("Đã gửi đề nghị xác nhận giao dịch tới %(name)s.", name=other.display_name),
            then=lambda linkage: url_for("linkage.linkage", linkage_id=linkage.id))
        if answer is not None:
            return answer
    return render_template("linkage/linkage_new.html", form=form, counterparty=proposal.counterparty,
                           inquiry=proposal.inquiry)


@bp.get("/linkages/<int:linkage_id>")
def linkage(linkage_id: int):
    record = linkages.get_linkage(current_user, linkage_id)
    return render_template(
        "linkage/linkage.html", linkage=record, decide_form=DecideForm(), cancel_form=CancelForm(),
        can_decide=can_decide_linkage(current_user, record) and record.status.value == "proposed",
        can_cancel=can_cancel_linkage(current_user, record) and record.status.value == "confirmed",
        history=linkage_history(record),
    )


def linkage_history(record: Linkage):
    from ..models import AuditEvent

    return db.session.scalars(
        db.select(AuditEvent).where(AuditEvent.target_type == "linkage", AuditEvent.target_id == record.id)
        .order_by(AuditEvent.id)).all()


@bp.post("/linkages/<int:linkage_id>/decide")
def decide_linkage(linkage_id: int):
    record = linkages.get_linkage(current_user, linkage_id)
    form = DecideForm()
    if form.validate_on_submit():
        if form.decline.data:
            linkages.decline_linkage(current_user, record, form.reason.data)
            flash(_("Bạn đã từ chối giao dịch."), "info")
        else:
            linkages.confirm_linkage(current_user, record)
            flash(_("Giao dịch đã được xác nhận và được tính vào thống kê."), "success")
        db.session.commit()
    else:
        flash_errors(form)
    return redirect(url_for("linkage.linkage", linkage_id=record.id))


@bp.post("/linkages/<int:linkage_id>/cancel")
def cancel_linkage(linkage_id: int):
    record = linkages.get_linkage(current_user, linkage_id)
    form = CancelForm()
    if form.validate_on_submit():
        linkages.cancel_linkage(current_user, record, form.reason.data)
        db.session.commit()
        flash(_("Giao dịch đã được huỷ; lịch sử vẫn được lưu."), "info")
    else:
        flash_errors(form)
    return redirect(url_for("linkage.linkage", linkage_id=record.id))


@bp.get("/linkages/<int:linkage_id>/contract")
def contract(linkage_id: int):
    record = linkages.get_linkage(current_user, linkage_id)
    if not record.contract_path or current_user.enterprise_id not in (record.buyer_id, record.supplier_id):
        raise NotFound()
    return _send(record.contract_path, record.contract_name)


# ---- needs ----------------------------------------------------------------------------------

def _category_choices():
    return [(0, _("— Chọn nhóm —"))] + [(category.id, label) for category, label in category_options()]


@bp.get("/needs")
def need_list():
    require(can_view_need(current_user, None))
    page = db.paginate(needs.open_needs(), page=int_arg("page", 1),
                       per_page=current_app.config["PAGE_SIZE"], error_out=False)
    return render_template("linkage/needs.html", needs=page)


@bp.route("/needs/new", methods=["GET", "POST"])
def new_need():
    _trader_only()
    form = NeedForm()
    form.category.choices = _category_choices()
    form.province.choices = [("", _("— Không chọn —"))] + [(p.code, p.name) for p in provinces().values()]
    if request.method == "GET" and request.args.get("q"):
        form.title.data = request.args.get("q", "")[:200].strip()
    if form.validate_on_submit():
        category = db.session.get(Category, form.category.data) if form.category.data else None
        answer = perform(lambda: needs.post_need(
            current_user, title=form.title.data, description=form.description.data, category=category,
            province_code=form.province.data or None, deadline=form.deadline.data),
            field=form.title, done=_("Đã đăng nhu cầu. Các nhà cung cấp phù hợp đã được thông báo."),
            then=lambda need: url_for("linkage.need", need_id=need.id))
        if answer is not None:
            return answer
    return render_template("linkage/need_new.html", form=form)


@bp.get("/needs/<int:need_id>")
def need(need_id: int):
    record = needs.get_need(current_user, need_id)
    form = OfferForm()
    mine = current_user.enterprise if current_user.enterprise_id else None
    can_offer = (can_trade(current_user) and mine.committee_id is not None and mine.id != record.enterprise_id
                 and record.status.value == "open")
    if can_offer:
        form.offering.choices = [(0, _("— Không chọn —"))] + [
            (o.id, o.title) for o in linkages.supplier_offerings(mine)]
    offers = [o for o in record.offers if current_user.enterprise_id in o.party_ids()]
    return render_template("linkage/need.html", need=record, form=form, can_offer=can_offer, offers=offers,
                           close_form=ConfirmForm(), is_owner=mine is not None and mine.id == record.enterprise_id)


@bp.post("/needs/<int:need_id>/offer")
def offer(need_id: int):
    record = needs.get_need(current_user, need_id)
    _trader_only()
    form = OfferForm()
    form.offering.choices = [(0, "")] + [(o.id, o.title) for o in linkages.supplier_offerings(current_user.enterprise)]
    if form.validate_on_submit():
        chosen = db.session.get(Offering, form.offering.data) if form.offering.data else None
        thread = needs.answer_need(current_user, record, form.body.data, chosen, form.attachment.data)
        db.session.commit()
        flash(_("Đã gửi chào giá."), "success")
        return redirect(url_for("linkage.inquiry", inquiry_id=thread.id))
    flash_errors(form)
    return redirect(url_for("linkage.need", need_id=record.id))


@bp.post("/needs/<int:need_id>/close")
def close_need(need_id: int):
    record = needs.get_need(current_user, need_id)
    return _confirmed(lambda: needs.close_need(current_user, record), _("Đã đóng nhu cầu."),
                      url_for("linkage.need", need_id=record.id))


# ---- shortlists -----------------------------------------------------------------------------

@bp.route("/shortlists", methods=["GET", "POST"])
def shortlist_list():
    form = ShortlistForm()
    if form.validate_on_submit():
        answer = perform(lambda: shortlists.create_shortlist(current_user, form.name.data), field=form.name,
                         then=lambda created: url_for("linkage.shortlist", shortlist_id=created.id))
        if answer is not None:
            return answer
    return render_template("linkage/shortlists.html", shortlists=shortlists.shortlists_of(current_user), form=form)


@bp.route("/shortlists/add", methods=["GET", "POST"])
def add_to_shortlist():
    """Save a public offering (?offering=) or supplier (?enterprise=) into a shortlist."""
    supplier, offering = get_public_supplier(_id_arg("offering"), request.args.get("enterprise", ""))
    lists = shortlists.shortlists_of(current_user)
    form = ShortlistAddForm()
    form.shortlist.choices = [(0, _("— Chọn danh sách —"))] + [(s.id, s.name) for s in lists]
    if not lists:  # first use: only a new list, so no "or"
        form.new_name.label.text = _("Tên danh sách mới")
        form.submit.label.text = _("Tạo danh sách")
    elif len(lists) == 1 and not form.is_submitted():
        form.shortlist.data = lists[0].id
    quick = request.headers.get("HX-Request") == "true"  # the button on a search result (htmx): a fragment back
    saved = {}

    def save():
        saved["list"] = shortlists.save_to_shortlist(current_user, shortlist_id=form.shortlist.data,
                                                     new_name=form.new_name.data, supplier=supplier, offering=offering)
        return saved["list"]

    if form.validate_on_submit():
        answer = perform(save, field=form.new_name,
                         done=None if quick else lambda target: _("Đã lưu vào danh sách “%(name)s”.", name=target.name),
                         then=None if quick else lambda target: url_for("linkage.shortlist", shortlist_id=target.id))
        if answer is not None:
            return answer
    if quick and form.is_submitted():
        return render_template("linkage/_saved_to_list.html", shortlist=saved.get("list"),
                               errors=[e for errors in form.errors.values() for e in errors])
    return render_template("linkage/shortlist_add.html", form=form, offering=offering, enterprise=supplier)


@bp.get("/shortlists/<int:shortlist_id>")
def shortlist(shortlist_id: int):
    record = shortlists.get_shortlist(current_user, shortlist_id)
    return render_template("linkage/shortlist.html", shortlist=record, form=ConfirmForm(),
                           facts={i.id: shortlists.item_facts(i) for i in record.items},
                           max_compare=shortlists.MAX_COMPARE)


@bp.get("/shortlists/<int:shortlist_id>/compare")
def compare(shortlist_id: int):
    record = shortlists.get_shortlist(current_user, shortlist_id)
    ids = [i for i in request.args.getlist("item", type=bounded_int)][:50]
    items = shortlists.compare(record, ids)
    if len(ids) > shortlists.MAX_COMPARE:
        flash(_("Chỉ so sánh tối đa %(n)s mục; đã lấy %(n)s mục đầu.", n=shortlists.MAX_COMPARE), "warning")
    facts = [shortlists.item_facts(i) for i in items]
    return render_template("linkage/compare.html", shortlist=record, items=items, facts=facts,
                           specs=shortlists.spec_rows(facts))


@bp.get("/shortlists/<int:shortlist_id>/export.xlsx")
def export_shortlist(shortlist_id: int):
    record = shortlists.get_shortlist(current_user, shortlist_id)
    return send_file(BytesIO(shortlists.export_xlsx(current_user, record)), as_attachment=True,
                     download_name=f"danh-sach-{record.id}.xlsx",
                     mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@bp.post("/shortlists/<int:shortlist_id>/items/<int:item_id>/remove")
def remove_item(shortlist_id: int, item_id: int):
    record = shortlists.get_shortlist(current_user, shortlist_id)
    return _confirmed(lambda: shortlists.remove_item(current_user, record, item_id), None,
                      url_for("linkage.shortlist", shortlist_id=record.id))


@bp.post("/shortlists/<int:shortlist_id>/delete")
def delete_shortlist(shortlist_id: int):
    record = shortlists.get_shortlist(current_user, shortlist_id)
    return _confirmed(lambda: shortlists.delete_shortlist(current_user, record), _("Đã xoá danh sách."),
                      url_for("linkage.shortlist_list"))


# ---- saved searches -------------------------------------------------------------------------

@bp.route("/saved-searches", methods=["GET", "POST"])
def saved_searches():
    """GET lists them (the form is prefilled from ?q= and the search's filters); POST saves one."""
    form = SavedSearchForm(data={"q": request.args.get("q", "")[:200]} if request.method == "GET" else None)
    filters = searches_service.clean_filters(request.values)
    if form.validate_on_submit():
        answer = perform(lambda: searches_service.save_search(current_user, form.q.data, filters), field=form.q,
                         done=_("Đã lưu. Mỗi ngày bạn sẽ nhận thông báo khi có sản phẩm mới phù hợp."),
                         then=url_for("linkage.saved_searches"))
        if answer is not None:
            return answer
    items = [(s, searches_service.describe_filters(s.filters or {}))
             for s in searches_service.saved_searches_of(current_user)]
    return render_template("linkage/saved_searches.html", form=form, items=items, filters=filters,
                           filters_text=searches_service.describe_filters(filters),
                           delete_form=ConfirmForm())


@bp.post("/saved-searches/<int:saved_id>/delete")
def delete_saved_search(saved_id: int):
    return _confirmed(lambda: searches_service.delete_saved_search(current_user, saved_id),
                      _("Đã xoá tìm kiếm đã lưu."), url_for("linkage.saved_searches"))

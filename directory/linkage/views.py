"""The linkage programme for buyers and suppliers: inquiries and threads, deals, needs,
shortlists, saved searches, and the programme home with suggested suppliers."""
from io import BytesIO

import sqlalchemy as sa

from flask import (Blueprint, abort, current_app, flash, redirect, render_template, request, send_file,
                   url_for)
from flask_babel import gettext as _
from flask_login import current_user

from ..extensions import db
from ..forms import flash_errors, perform
from ..inputs import bounded_int, int_arg
from ..models import Category, Enterprise, Linkage, LinkageStatus, Offering
from ..reference import provinces
from ..services import feedback as feedback_service
from ..services import inquiries, linkages, needs, quotes, shortlists
from ..services import saved_searches as searches_service
from ..services.attachments import full_path, kind_of
from ..services.catalog import category_options, get_public_supplier
from ..services.errors import NotFound
from ..services.errors import EditConflict
from ..services.permissions import (can_answer_feedback, can_answer_quote, can_cancel_linkage, can_decide_linkage,
                                    can_give_feedback, can_moderate_feedback, can_quote, can_reply_inquiry,
                                    can_supply, can_trade, can_view_need, guard, require, require_confirmed_email)
from .forms import (AnswerForm, CancelForm, ConfirmForm, DecideForm, FeedbackForm, HideForm, InquiryForm,
                    LinkageForm, NeedForm, QuoteDecisionForm, QuoteForm, ReplyForm, SavedSearchForm,
                    ShortlistAddForm, ShortlistForm)

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


def _thread_page(thread, form, status=200):
    entries = quotes.thread_entries(thread)
    sent = [entry for kind, entry in entries if kind == "quote"]
    return render_template("linkage/thread.html", inquiry=thread, form=form, entries=entries, has_quotes=bool(sent),
                           can_reply=can_reply_inquiry(current_user, thread), can_quote=can_quote(current_user, thread),
                           can_answer=bool(sent) and can_answer_quote(current_user, sent[0]),
                           decision_forms=_decision_forms(sent), today=linkages.local_today()), status


def _decision_forms(records) -> dict:
    """One accept/decline form per quote, each with its own prefix: ids stay unique on the page."""
    return {q.id: QuoteDecisionForm(prefix=f"quote{q.id}") for q in records}


@bp.get("/inquiries/<int:inquiry_id>")
def inquiry(inquiry_id: int):
    thread = inquiries.get_inquiry(current_user, inquiry_id)
    inquiries.mark_read(current_user, thread)
    db.session.commit()
    return _thread_page(thread, ReplyForm())


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
    return _thread_page(thread, form, 400)


@bp.post("/inquiries/<int:inquiry_id>/close")
def close_inquiry(inquiry_id: int):
    thread = inquiries.get_inquiry(current_user, inquiry_id)
    require(can_reply_inquiry(current_user, thread))
    if ConfirmForm().validate_on_submit():
        perform(lambda: inquiries.close_inquiry(current_user, thread),
                done=_("Đã đóng cuộc trao đổi. Một trả lời mới sẽ mở lại."))
    return redirect(url_for("linkage.inquiry", inquiry_id=thread.id))


# ---- quotes ---------------------------------------------------------------------------------

@bp.route("/inquiries/<int:inquiry_id>/quote", methods=["GET", "POST"])
def new_quote(inquiry_id: int):
    """The supplier's side prices the thread."""
    thread = quotes.quote_form_thread(current_user, inquiry_id)
    form = QuoteForm()
    form.offer(linkages.supplier_offerings(thread.supplier))
    if request.method == "GET" and thread.offering_id:
        form.items[0].form.offering.data = thread.offering_id
        form.items[0].form.unit.data = thread.offering.unit or ""
    if form.validate_on_submit():
        answer = perform(lambda: quotes.send_quote(current_user, thread, items=form.item_inputs(), **form.terms()),
                         done=_("Đã gửi báo giá tới %(name)s.", name=thread.buyer.display_name),
                         then=url_for("linkage.inquiry", inquiry_id=thread.id))
        if answer is not None:
            return answer
    return render_template("linkage/quote_new.html", form=form, inquiry=thread, need=thread.need), (
        400 if form.is_submitted() else 200)


@bp.post("/quotes/<int:quote_id>/decide")
def decide_quote(quote_id: int):
    """The buyer accepts (then proposes the deal on the pre-filled form) or declines. A quote decided
    meanwhile, in another tab or by a colleague, is said in a flash over the thread."""
    quote = quotes.get_quote(current_user, quote_id)
    require(can_answer_quote(current_user, quote))
    thread_url = url_for("linkage.inquiry", inquiry_id=quote.inquiry_id)
    form = QuoteDecisionForm(prefix=f"quote{quote.id}")
    if not form.validate_on_submit():
        flash_errors(form)
        return redirect(thread_url)
    if form.decline.data:
        return perform(lambda: quotes.decline_quote(current_user, quote, form.reason.data),
                       done=_("Bạn đã từ chối báo giá; bên bán đã được báo."), category="info",
                       then=thread_url) or redirect(thread_url)
    return perform(lambda: quotes.accept_quote(current_user, quote),
                   done=_("Bạn đã chấp nhận báo giá. Hãy xem lại rồi gửi đề nghị xác nhận giao dịch liên kết."),
                   then=url_for("linkage.new_linkage", quote=quote.id)) or redirect(thread_url)


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
    proposal = linkages.proposal(current_user, inquiry_id=_id_arg("inquiry"), slug=request.args.get("enterprise", ""),
                                 quote_id=_id_arg("quote"))
    form = LinkageForm()
    form.start_from(proposal, first_showing=request.method == "GET")
    if form.validate_on_submit():
        other = db.session.get(Enterprise, form.counterparty.data)
        chosen = [o for o in (db.session.get(Offering, i) for i in form.offerings.data or []) if o is not None]
        answer = perform(lambda: linkages.propose_linkage(
            current_user, other, actor_is_buyer=form.side.data == "buyer", value=form.value.data,
            starts_on=form.starts_on.data, ends_on=form.ends_on.data, delivery_on=form.delivery_on.data,
            description=form.description.data, offerings=chosen, inquiry=proposal.inquiry,
            contract=form.contract.data, quote=proposal.quote),
            field=form.value, done=_("Đã gửi đề nghị xác nhận giao dịch tới %(name)s.", name=other.display_name),
            then=lambda linkage: url_for("linkage.linkage", linkage_id=linkage.id))
        if answer is not None:
            return answer
    return render_template("linkage/linkage_new.html", form=form, counterparty=proposal.counterparty,
                           inquiry=proposal.inquiry, quote=proposal.quote)


@bp.get("/linkages/<int:linkage_id>")
def linkage(linkage_id: int):
    return _linkage_page(linkages.get_linkage(current_user, linkage_id))


def _linkage_page(record: Linkage, feedback_form: FeedbackForm | None = None,
                  answer_form: AnswerForm | None = None, status: int = 200):
    """The deal, its history and the feedback of both sides with what this user may do with it."""
    given = feedback_service.feedback_of(record)
    mine = given.get(current_user.enterprise_id)
    about_me = next((f for f in given.values() if f.about_enterprise_id == current_user.enterprise_id), None)
    can_give = can_give_feedback(current_user, record) and feedback_service.feedback_opens(record)
    if feedback_form is None and can_give and (mine is None or feedback_service.is_editable(mine)):
        feedback_form = FeedbackForm(formdata=None)
    if feedback_form is not None:
        feedback_form.about(supplier=current_user.enterprise_id == record.buyer_id, feedback=mine)
    if (answer_form is None and about_me is not None and can_answer_feedback(current_user, about_me)
            and record.status == LinkageStatus.CONFIRMED):
        answer_form = AnswerForm(formdata=None, answer=about_me.answer)
    return render_template(
        "linkage/linkage.html", linkage=record, decide_form=DecideForm(), cancel_form=CancelForm(),
        can_decide=can_decide_linkage(current_user, record) and record.status.value == "proposed",
        can_cancel=can_cancel_linkage(current_user, record) and record.status.value == "confirmed",
        history=linkage_history(record, given.values()),
        feedback=sorted(given.values(), key=lambda f: f.about_enterprise_id != record.supplier_id),
        mine=mine, mine_until=feedback_service.editable_until(mine) if mine else None, about_me=about_me, feedback_form=feedback_form, answer_form=answer_form,
        can_give=can_give, hide_form=HideForm(formdata=None),
        moderates={f.id for f in given.values() if can_moderate_feedback(current_user, f)},
    ), status


@bp.post("/linkages/<int:linkage_id>/feedback")
def give_feedback(linkage_id: int):
    """A side's feedback on the other: new, or a change of its own (the form carries its version)."""
    record = linkages.get_linkage(current_user, linkage_id)
    require(can_give_feedback(current_user, record), _("Chỉ hai bên của giao dịch mới đánh giá được."))
    mine = feedback_service.feedback_of(record).get(current_user.enterprise_id)
    form = FeedbackForm()
    if form.validate_on_submit():
        if mine is None or not request.form.get("version"):  # a form for a new one (another tab may have won)
            call = lambda: feedback_service.give_feedback(  # noqa: E731
                current_user, record, comment=form.comment.data, **form.facts())
        else:
            call = lambda: feedback_service.change_feedback(  # noqa: E731
                current_user, mine, version=request.form.get("version", type=bounded_int), comment=form.comment.data,
                **form.facts())
        answer = perform(call, field=form.comment, done=_("Đã lưu đánh giá của doanh nghiệp bạn."),
                         then=url_for("linkage.linkage", linkage_id=record.id, _anchor="feedback"),
                         answers={EditConflict: lambda error: _conflict(record, error)})
        if answer is not None:
            return answer
    return _linkage_page(record, feedback_form=form, status=400)


def _conflict(record: Linkage, error: EditConflict):
    flash(str(error), "danger")
    return redirect(url_for("linkage.linkage", linkage_id=record.id, _anchor="feedback"))


@bp.post("/feedback/<int:feedback_id>/answer")
def answer_feedback(feedback_id: int):
    item = feedback_service.get_feedback(current_user, feedback_id)
    require(can_answer_feedback(current_user, item), _("Chỉ doanh nghiệp được đánh giá mới trả lời được."))
    form = AnswerForm()
    if form.validate_on_submit():
        answer = perform(lambda: feedback_service.answer_feedback(current_user, item, form.answer.data),
                         field=form.answer, done=_("Đã lưu câu trả lời."),
                         then=url_for("linkage.linkage", linkage_id=item.linkage_id, _anchor="feedback"))
        if answer is not None:
            return answer
    return _linkage_page(item.linkage, answer_form=form, status=400)


@bp.post("/feedback/<int:feedback_id>/<any(comment, answer):part>/hide")
def hide_feedback_text(feedback_id: int, part: str):
    item = feedback_service.get_feedback(current_user, feedback_id)
    require(can_moderate_feedback(current_user, item))
    form = HideForm()
    if form.validate_on_submit():
        perform(lambda: feedback_service.hide_text(current_user, item, part, form.reason.data),
                done=_("Đã ẩn nội dung; các câu trả lời Có/Không vẫn được tính."))
    else:
        flash_errors(form)
    return redirect(url_for("linkage.linkage", linkage_id=item.linkage_id, _anchor=f"feedback-{item.id}"))


@bp.post("/feedback/<int:feedback_id>/<any(comment, answer):part>/show")
def show_feedback_text(feedback_id: int, part: str):
    item = feedback_service.get_feedback(current_user, feedback_id)
    require(can_moderate_feedback(current_user, item))
    if ConfirmForm().validate_on_submit():
        perform(lambda: feedback_service.show_text(current_user, item, part), done=_("Đã hiện lại nội dung."))
    return redirect(url_for("linkage.linkage", linkage_id=item.linkage_id, _anchor=f"feedback-{item.id}"))


def linkage_history(record: Linkage, feedback=()):
    """The deal's events and its feedback's, in order."""
    from ..models import AuditEvent, DealFeedback

    targets = sa.and_(AuditEvent.target_type == "linkage", AuditEvent.target_id == record.id)
    if feedback:
        targets = sa.or_(targets, sa.and_(AuditEvent.target_type == DealFeedback.type_key(),
                                          AuditEvent.target_id.in_([f.id for f in feedback])))
    return db.session.scalars(db.select(AuditEvent).where(targets).order_by(AuditEvent.id)).all()


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


def _need_form(form: NeedForm) -> NeedForm:
    form.category.choices = _category_choices()
    form.province.choices = [("", _("— Không chọn —"))] + [(p.code, p.name) for p in provinces().values()]
    return form


@bp.route("/needs/new", methods=["GET", "POST"])
def new_need():
    _trader_only()
    form = _need_form(NeedForm())
    if request.method == "GET" and request.args.get("q"):
        form.title.data = request.args.get("q", "")[:200].strip()
    if form.validate_on_submit():
        category = db.session.get(Category, form.category.data) if form.category.data else None
        answer = perform(lambda: needs.post_need(current_user, category=category, **form.values()),
            field=form.title, done=_("Đã đăng nhu cầu. Các nhà cung cấp phù hợp đã được thông báo."),
            then=lambda need: url_for("linkage.need", need_id=need.id))
        if answer is not None:
            return answer
    return render_template("linkage/need_new.html", form=form)


@bp.route("/needs/<int:need_id>/edit", methods=["GET", "POST"])
def edit_need(need_id: int):
    """The owner's users change an open need; the form carries the version it was loaded at."""
    record = needs.get_need(current_user, need_id)
    require(can_trade(current_user) and current_user.enterprise_id == record.enterprise_id)
    form = _need_form(NeedForm(obj=record) if request.method == "GET" else NeedForm())
    if request.method == "GET":
        form.category.data, form.province.data = record.category_id or 0, record.province_code or ""
        form.version.data = str(record.version)
    form.submit.label.text = _("Lưu nhu cầu")
    if form.validate_on_submit():
        category = db.session.get(Category, form.category.data) if form.category.data else None

        def stale(error):
            form.version.data = str(record.version)  # saving again applies this user's input
            flash(str(error), "warning")
            return None

        answer = perform(lambda: needs.update_need(current_user, record, form.version_value(), category=category,
                                                   **form.values()),
                         field=form.title, done=_("Đã lưu nhu cầu."), answers={EditConflict: stale},
                         then=url_for("linkage.need", need_id=record.id))
        if answer is not None:
            return answer
    return render_template("linkage/need_new.html", form=form, need=record)


@bp.get("/needs/<int:need_id>")
def need(need_id: int):
    record = needs.get_need(current_user, need_id)
    mine = current_user.enterprise if current_user.enterprise_id else None
    is_owner = mine is not None and mine.id == record.enterprise_id
    can_offer = (not is_owner and record.status.value == "open" and can_supply(current_user)
                 and not (record.deadline and record.deadline < linkages.local_today()))
    offers = [o for o in record.offers if current_user.enterprise_id in o.party_ids()]
    compared = quotes.quotes_for_need(current_user, record)
    return render_template("linkage/need.html", need=record, can_offer=can_offer, offers=offers,
                           close_form=ConfirmForm(), is_owner=is_owner, quotes=compared,
                           decision_forms=_decision_forms(compared), today=linkages.local_today(),
                           can_edit=is_owner and can_trade(current_user) and record.status.value == "open")


@bp.route("/needs/<int:need_id>/offer", methods=["GET", "POST"])
def offer(need_id: int):
    """A supplier answers a need with a quote (the same form as in a thread), the quantity pre-filled."""
    record = needs.get_need(current_user, need_id)
    _trader_only()
    quotes.start_need_quote(current_user, record)
    form = QuoteForm()
    form.offer(linkages.supplier_offerings(current_user.enterprise))
    if request.method == "GET":
        first = form.items[0].form
        first.quantity.data, first.unit.data = record.quantity, record.unit or ""
    if form.validate_on_submit():
        answer = perform(lambda: quotes.quote_need(current_user, record, items=form.item_inputs(), **form.terms()),
                         done=_("Đã gửi báo giá tới %(name)s.", name=record.enterprise.display_name),
                         then=lambda quote: url_for("linkage.inquiry", inquiry_id=quote.inquiry_id))
        if answer is not None:
            return answer
    return render_template("linkage/quote_new.html", form=form, inquiry=None, need=record), (
        400 if form.is_submitted() else 200)


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
                           specs=shortlists.spec_rows(facts),
                           quoted=quotes.latest_prices(current_user, [i.offering_id for i in items if i.offering_id]))


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

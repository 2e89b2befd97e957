"""The OpenAPI 3.1 document of /api/v1 (tests validate real responses against it)."""
from ..search.params import CERTIFICATIONS, SORTS
from ..search.service import FACETS, MAX_PAGE

_NULLABLE_STRING = {"type": ["string", "null"]}
# Text parameters carry no control characters (a tab aside): the site answers 400 to any
# request that has one in its path or query string (directory/inputs.py).
_TEXT = {"type": "string", "pattern": r"^[^\u0000-\u0008\u000a-\u001f\u007f]*$"}
_PARAMS = [
    {"name": "q", "in": "query", "description": "Từ khóa; có dấu thì khớp đúng dấu, không dấu thì khớp mọi dấu.",
     "schema": _TEXT},
    {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["", "offering", "enterprise"]}},
    {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["", "product", "service"]}},
    {"name": "province", "in": "query", "description": "Mã tỉnh, thành phố (2 chữ số).", "schema": _TEXT},
    {"name": "committee", "in": "query", "description": "Mã Đảng ủy Khối.", "schema": _TEXT},
    {"name": "category", "in": "query", "description": "Slug nhóm hàng (gồm cả nhóm con).", "schema": _TEXT},
    {"name": "member", "in": "query", "description": "1: chỉ mục có ưu đãi liên kết.",
     "schema": {"type": "string", "enum": ["", "0", "1"]}},
    {"name": "cert", "in": "query", "description": "Chỉ mục có chứng nhận đã được Đảng ủy Khối xác minh và còn hiệu "
     "lực hôm nay: any (mọi loại) hoặc một loại (ocop, iso9001, iso14001, iso22000, haccp, vietgap, cr, hvnclc).",
     "schema": {"type": "string", "enum": ["", *CERTIFICATIONS]}},
    {"name": "made_in_vn", "in": "query",
     "description": "1: chỉ sản phẩm, dịch vụ sản xuất hoặc lắp ráp tại Việt Nam.",
     "schema": {"type": "string", "enum": ["", "0", "1"]}},
    {"name": "mine", "in": "query", "description": (
        "1: chỉ doanh nghiệp, sản phẩm của Đảng ủy Khối của người đang đăng nhập (thay cho `committee`); "
        "bỏ qua khi chưa đăng nhập hoặc tài khoản không thuộc Khối nào."),
     "schema": {"type": "string", "enum": ["", "0", "1"]}},
    {"name": "price_from", "in": "query",
     "description": "Giá từ (đồng; chấm, phẩy, dấu cách nhóm số được bỏ qua): chỉ sản phẩm, dịch vụ có giá.",
     "schema": _TEXT},
    {"name": "price_to", "in": "query", "description": "Giá đến (đồng).", "schema": _TEXT},
    {"name": "sort", "in": "query", "description": "price_asc, price_desc: mục không có giá xếp cuối.",
     "schema": {"type": "string", "enum": list(SORTS)}},
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}},
    {"name": "verbatim", "in": "query", "description": "1: chỉ đúng các từ đã gõ (không sửa lỗi, không từ đồng nghĩa).",
     "schema": {"type": "string", "enum": ["", "0", "1"]}},
]
_FACET_VALUE = {
    "type": "object", "additionalProperties": False,
    "required": ["value", "label", "count", "selected"],
    "properties": {"value": {"type": "string"}, "label": {"type": "string"},
                   "count": {"type": "integer", "minimum": 0}, "selected": {"type": "boolean"}},
}
_ENTERPRISE_REF = {
    "type": "object", "additionalProperties": False, "required": ["slug", "name", "api_url"],
    "properties": {"slug": {"type": "string"}, "name": {"type": "string"}, "api_url": {"type": "string"}},
}
_CATEGORY = {
    "type": ["object", "null"], "additionalProperties": False, "required": ["slug", "name_vi", "name_en"],
    "properties": {"slug": {"type": "string"}, "name_vi": {"type": "string"}, "name_en": {"type": "string"}},
}
_FRESHNESS = {  # directory/freshness.py
    "freshness": {"type": "string", "enum": ["current", "due_soon", "overdue", "hidden"], "description": (
        "Lần xác nhận thông tin hằng năm: current (còn hạn), due_soon (đến hạn trong 30 ngày), overdue "
        "(chưa xác nhận lại, còn trong thời gian gia hạn), hidden (quá thời gian gia hạn: không có trong tìm kiếm).")},
    "confirm_due_on": {"type": ["string", "null"], "format": "date", "description": "Hạn xác nhận lại thông tin."},
}
_OFFERING_HIT = {
    "type": "object", "additionalProperties": False,
    "required": ["type", "id", "title", "title_html", "snippet_html", "url", "api_url", "kind", "category",
                 "province_code", "enterprise", "price_min", "price_max", "unit", "member_offer", "origin", *_FRESHNESS],
    "properties": {
        "type": {"const": "offering"}, "id": {"type": "integer"}, "title": {"type": "string"},
        "title_html": {"type": "string", "description": "Tên đã thoát HTML, từ khớp nằm trong <mark>."},
        "snippet_html": {"type": "string"}, "url": {"type": "string"}, "api_url": {"type": "string"},
        "kind": {"type": "string", "enum": ["product", "service"]}, "category": _CATEGORY,
        "province_code": {"type": "string"}, "enterprise": _ENTERPRISE_REF,
        "price_min": {"type": ["integer", "null"]}, "price_max": {"type": ["integer", "null"]},
        "unit": _NULLABLE_STRING, "member_offer": {"type": "boolean"}, **_FRESHNESS,
        "origin": {"type": ["string", "null"], "enum": ["made_vn", "assembled_vn", "imported", None],
                   "description": "Xuất xứ: sản xuất tại Việt Nam, lắp ráp tại Việt Nam, nhập khẩu; null: chưa khai."},
    },
}
_ENTERPRISE_HIT = {
    "type": "object", "additionalProperties": False,
    "required": ["type", "slug", "name", "title_html", "snippet_html", "url", "api_url", "province_code",
                 "committee", "member_offer"],
    "properties": {
        "type": {"const": "enterprise"}, "slug": {"type": "string"}, "name": {"type": "string"},
        "title_html": {"type": "string"}, "snippet_html": {"type": "string"}, "url": {"type": "string"},
        "api_url": {"type": "string"}, "province_code": {"type": "string"}, "committee": _NULLABLE_STRING,
        "member_offer": {"type": "boolean"},
    },
}
_SEARCH = {
    "type": "object", "additionalProperties": False,
    "required": ["query", "mode", "truncated", "total", "total_capped", "page", "per_page", "pages", "did_you_mean", "showing_results_for",
                 "left_out", "items", "facets"],
    "properties": {
        "query": {"type": "string"},
        "mode": {"type": "string", "enum": ["browse", "exact", "fold", "empty"],
                 "description": "exact: khớp đúng dấu; fold: không phân biệt dấu; empty: không có từ để tìm."},
        "truncated": {"type": "boolean"}, "total": {"type": "integer", "minimum": 0},
        "total_capped": {"type": "boolean", "description": (
            "true: có nhiều hơn `total` kết quả; các nhóm lọc (facets) đếm trong `total` kết quả phù hợp nhất.")},
        "page": {"type": "integer", "minimum": 1}, "per_page": {"type": "integer"}, "pages": {"type": "integer"},
        "did_you_mean": _NULLABLE_STRING,
        "showing_results_for": {**_NULLABLE_STRING, "description": (
            "Không có kết quả cho từ đã gõ: đây là kết quả của câu đã sửa này (gửi verbatim=1 để tìm đúng như đã gõ).")},
        "left_out": {"type": "array", "items": {"type": "string"}, "description": (
            "Không có kết quả chứa đủ các từ: các kết quả không chứa những từ này.")},
        "items": {"type": "array", "items": {"oneOf": [{"$ref": "#/components/schemas/OfferingHit"},
                                                        {"$ref": "#/components/schemas/EnterpriseHit"}]}},
        "facets": {
            "type": "object", "additionalProperties": False,
            "required": ["type", "kind", "province", "committee", "category", "member"],
            "properties": {name: {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}}
                           for name in FACETS},
        },
    },
}
_OFFERING = {
    "type": "object", "additionalProperties": False,
    "required": ["id", "title", "description", "kind", "category", "unit", "price_min", "price_max",
                 "member_offer", "member_discount_pct", "delivery_provinces", "enterprise", "approved_at", "url",
                 "min_order_qty", "lead_time_days", "delivery_terms", "price_valid_until", "price_expired",
                 "price_includes_vat", "origin", "specs", *_FRESHNESS],
    "properties": {
        "id": {"type": "integer"}, "title": {"type": "string"}, "description": {"type": "string"},
        "kind": {"type": "string", "enum": ["product", "service"]}, "category": _CATEGORY,
        "unit": _NULLABLE_STRING, "price_min": {"type": ["integer", "null"]}, "price_max": {"type": ["integer", "null"]},
        "member_offer": _NULLABLE_STRING, "member_discount_pct": {"type": ["integer", "null"]},
        "delivery_provinces": {"type": "array", "items": {"type": "string"},
                               "description": "Mã tỉnh giao hàng; rỗng nghĩa là toàn quốc."},
        "enterprise": _ENTERPRISE_REF, "approved_at": {"type": ["string", "null"], "format": "date-time"},
        "url": {"type": "string"}, **_FRESHNESS,
        "min_order_qty": {"type": ["number", "null"], "exclusiveMinimum": 0,
                          "description": "Số lượng đặt tối thiểu, tính theo `unit`."},
        "lead_time_days": {"type": ["integer", "null"], "minimum": 0, "description": "Số ngày từ khi đặt đến khi giao."},
        "delivery_terms": _NULLABLE_STRING,
        "price_valid_until": {"type": ["string", "null"], "format": "date"},
        "price_expired": {"type": "boolean", "description": "true: `price_valid_until` đã qua (giờ Việt Nam)."},
        "price_includes_vat": {"type": ["boolean", "null"], "description": "null: chưa rõ."},
        "origin": {"oneOf": [{"type": "null"}, {
            "type": "object", "additionalProperties": False,
            "required": ["type", "province_code", "province", "country", "country_name"],
            "properties": {
                "type": {"type": "string", "enum": ["made_vn", "assembled_vn", "imported"]},
                "province_code": {**_NULLABLE_STRING, "description": "Tỉnh sản xuất, lắp ráp (hàng Việt Nam)."},
                "province": _NULLABLE_STRING,
                "country": {**_NULLABLE_STRING, "description": "Mã nước ISO 3166 (hàng nhập khẩu)."},
                "country_name": _NULLABLE_STRING}}]},
        "specs": {"type": "array", "maxItems": 20, "items": {
            "type": "object", "additionalProperties": False, "required": ["name", "value"],
            "properties": {"name": {"type": "string"}, "value": {"type": "string"}}}},
    },
}
_ENTERPRISE = {
    "type": "object", "additionalProperties": False,
    "required": ["slug", "legal_name", "short_name", "tax_code", "committee", "province_code", "province",
                 "description", "phone", "email", "website", "founded_year", "employee_band", "sectors", "offerings",
                 "url"],
    "properties": {
        "slug": {"type": "string"}, "legal_name": {"type": "string"}, "short_name": _NULLABLE_STRING,
        "tax_code": {"type": "string"},
        "committee": {"type": ["object", "null"], "additionalProperties": False, "required": ["code", "name"],
                      "properties": {"code": {"type": "string"}, "name": {"type": "string"}}},
        "province_code": {"type": "string"}, "province": {"type": "string"}, "description": {"type": "string"},
        # Contact fields: null for visitors, as on the enterprise's page.
        "phone": _NULLABLE_STRING, "email": _NULLABLE_STRING, "website": _NULLABLE_STRING,
        "founded_year": {"type": ["integer", "null"]},
        "employee_band": _NULLABLE_STRING,
        "sectors": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["vsic_version", "code", "name", "name_en"],
            "properties": {"vsic_version": {"type": "string"}, "code": {"type": "string"},
                           "name": {"type": "string"}, "name_en": {"type": "string"}}}},
        "offerings": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["id", "title", "api_url"],
            "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "api_url": {"type": "string"}}}},
        "url": {"type": "string"},
    },
}
_ERROR = {
    "type": "object", "additionalProperties": False, "required": ["error"],
    "properties": {"error": {"type": "object", "additionalProperties": False,
                             "required": ["status", "title", "message"],
                             "properties": {"status": {"type": "integer"}, "title": {"type": "string"},
                                            "message": {"type": "string"}}}},
}


def _json(ref: str, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


def document() -> dict:
    not_found = _json("Error", "Không có hoặc chưa công khai")
    return {
        "openapi": "3.1.0",
        "info": {"title": "Kết nối Doanh nghiệp – API công khai", "version": "1.0.0",
                 "description": "Dữ liệu công khai: doanh nghiệp và sản phẩm, dịch vụ đã được duyệt."},
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/search": {"get": {"operationId": "search", "summary": "Tìm sản phẩm, dịch vụ và doanh nghiệp",
                                "parameters": _PARAMS, "responses": {
                                    "200": _json("SearchResults", "Kết quả"),
                                    "301": {"description": "Nhóm hàng hoặc Đảng ủy Khối đã hợp nhất, đổi mã: cùng tìm kiếm "
                                                           "với slug, mã mới (tiêu đề Location)"},
                                    "400": _json("Error", "Tham số chứa ký tự điều khiển")}}},
            "/offerings/{offering_id}": {"get": {
                "operationId": "getOffering", "summary": "Một sản phẩm, dịch vụ công khai",
                "parameters": [{"name": "offering_id", "in": "path", "required": True,
                                "schema": {"type": "integer", "minimum": 1, "maximum": 2147483647}}],
                "responses": {"200": _json("Offering", "Sản phẩm, dịch vụ"), "404": not_found}}},
            "/enterprises/{slug}": {"get": {
                "operationId": "getEnterprise", "summary": "Một doanh nghiệp công khai",
                "parameters": [{"name": "slug", "in": "path", "required": True,
                                "schema": {"type": "string", "pattern": "^[a-z0-9-]{1,100}$"}}],
                "responses": {"200": _json("Enterprise", "Doanh nghiệp"), "404": not_found}}},
        },
        "components": {"schemas": {
            "SearchResults": _SEARCH, "OfferingHit": _OFFERING_HIT, "EnterpriseHit": _ENTERPRISE_HIT,
            "FacetValue": _FACET_VALUE, "Offering": _OFFERING, "Enterprise": _ENTERPRISE, "Error": _ERROR,
        }},
    }

"""search: synonym groups applied at query time, seeded with every category and common products

Revision ID: 0016
Revises: 0014

One row per group of phrases that mean the same to a buyer, separated by commas ("xi măng,
cement"). Administrators edit them (/admin/synonyms); directory/search/synonyms.py applies them.
Like the other search_ tables it is not a model.
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None


# The groups a new installation starts with: every category of the demo tree and the commonest
# products, Vietnamese first, then English; one group a line, its phrases separated by commas.
GROUPS = """
vật liệu xây dựng, vlxd, construction materials, building materials
thép, sắt thép, steel
thép xây dựng, thép cây, thép thanh vằn, construction steel, rebar, steel rebar, reinforcing steel
kết cấu thép, nhà thép tiền chế, steel structure, steel structures, prefabricated steel building, pre-engineered building
xi măng, cement
bê tông, concrete, ready-mix concrete
gạch ốp lát, gạch lát nền, gạch men, tiles, floor tiles, wall tiles, ceramic tiles
gạch xây, gạch, bricks, brick
ngói, roof tiles
đá xây dựng, đá dăm, cát, aggregates, sand, gravel, crushed stone
điện tử, electronics, electronic
dây cáp điện, cáp điện, dây điện, cable, cables, power cable, electric cable, wire
máy biến áp, biến áp, transformer, transformers
tủ điện, thiết bị đóng cắt, switchboard, switchgear, electrical cabinet
đèn chiếu sáng, đèn led, đèn, led lighting, lighting, street light, lamp
linh kiện điện tử, electronic components, components
thực phẩm, food
đồ uống, nước giải khát, beverages, drinks
sữa, sữa tươi, milk, fresh milk, dairy
thịt lợn, thịt heo, pork
thịt, meat
thủy sản, hải sản, seafood, fish
cá thu, mackerel
nước mắm, fish sauce
gia vị, spices
bánh kẹo, đặc sản, confectionery, candy, sweets, specialties
gạo, lúa gạo, rice
lương thực, grain
chè, trà, tea
chè xanh, trà xanh, green tea
trái cây, hoa quả, fruit, fruits
vải thiều, lychee, litchi
bưởi, pomelo
rau củ quả, rau, vegetables
giống cây trồng, con giống, cây giống, seedlings, breeding stock
đồng phục, uniform, uniforms, workwear
bảo hộ lao động, quần áo bảo hộ, protective clothing, safety clothing, ppe
vải, vải sợi, fabric, textile, textiles
sợi, yarn
lụa, tơ tằm, silk
hàng may mặc, quần áo, garments, apparel, clothing
giày dép, túi xách, footwear, bags
đồ gỗ, gỗ, wood, timber, wooden
nội thất, đồ gỗ nội thất, furniture
nội thất văn phòng, office furniture
ghế văn phòng, ghế xoay, office chair
bàn ghế học sinh, nội thất trường học, school furniture
hóa chất, chemicals, chemical
phân bón, fertilizer, fertilizers, fertiliser, fertilisers
phân hữu cơ, phân vi sinh, organic fertilizer
phân đạm, đạm urê, urê, urea, urea fertilizer, nitrogen fertilizer
phân lân, phosphate fertilizer
sơn, paint, coating
sơn tĩnh điện, powder coating
chống thấm, waterproofing
chế phẩm sinh học, biological products
cơ khí, mechanical engineering
gia công cơ khí, gia công cnc, cnc machining, machining
đúc, casting
phụ tùng ô tô, linh kiện ô tô, phụ tùng xe máy, auto parts, car parts, spare parts
máy nông nghiệp, agricultural machinery, farm machinery
cầu trục, cổng trục, crane, cranes, overhead crane
nồi hơi, lò hơi, boiler, boilers
thiết bị nâng hạ, lifting equipment
đóng tàu, sửa chữa tàu, shipbuilding, ship repair
máy tính, computer, computers
máy in, printer, printers
máy chiếu, projector
thiết bị văn phòng, office equipment
văn phòng phẩm, stationery, office supplies
giấy in, giấy a4, paper, printing paper, a4 paper
bao bì, packaging
bao bì carton, thùng carton, carton boxes, cardboard
màng pe, màng quấn, stretch film, pe film
in ấn, printing
tem nhãn, tem, labels, stickers
dược phẩm, thuốc, pharmaceuticals, medicine, drugs
thiết bị y tế, vật tư y tế, medical equipment, medical supplies
thực phẩm chức năng, dietary supplements, supplements, vitamins
vận tải, vận chuyển, transport, transportation, shipping
logistics, hậu cần
vận tải hàng hóa đường bộ, vận tải đường bộ, xe tải, trucking, road freight, road transport, truck
vận tải biển, đường thủy, sea freight, waterway transport
kho bãi, kho hàng, warehouse, warehousing, storage
kho ngoại quan, bonded warehouse
giao nhận, hải quan, khai báo hải quan, freight forwarding, customs broker, customs clearance, forwarder
xe đưa đón, đưa đón công nhân, shuttle bus, employee shuttle, bus
siêu trường siêu trọng, tải trọng lớn, heavy haulage, heavy transport, oversized cargo
container, công ten nơ
xây lắp, xây dựng, construction
nhà xưởng, xây dựng nhà xưởng, factory construction, factory, warehouse construction
cơ điện, lắp đặt điện, electrical installation, mep
điện mặt trời, solar, solar power, solar panels
trạm biến áp, substation
hạ tầng, giao thông, infrastructure, roads
phòng cháy chữa cháy, pccc, chữa cháy, fire protection, fire fighting, fire safety
bình chữa cháy, fire extinguisher
tư vấn, consulting, consultancy
kế toán, accounting, bookkeeping
thuế, tax
kiểm toán, audit, auditing
thẩm định giá, định giá, valuation, appraisal
tư vấn pháp lý, luật, luật sư, legal advice, lawyer, law firm, legal services
tư vấn thiết kế, thiết kế, design
giám sát thi công, giám sát công trình, construction supervision, supervision
kiểm định, thí nghiệm, inspection, testing
công nghệ thông tin, cntt, information technology
phần mềm, software
phần mềm kế toán, accounting software
phần mềm quản lý, management software, erp
chuyển đổi số, digital transformation
hóa đơn điện tử, e-invoice, electronic invoice, einvoice
chữ ký số, digital signature
thiết kế website, thiết kế web, web design, website design, website
an toàn thông tin, an ninh mạng, cybersecurity, information security
camera, camera giám sát, cctv, surveillance camera
máy chủ, server, hosting, server hosting
mạng lan, cáp quang, network, fiber optic
du lịch, travel, tourism
tour, tour du lịch, tour package
khách sạn, hotel, hotels, accommodation
biệt thự, villa, resort
hội nghị, hội thảo, conference, conferences, meeting
sự kiện, tổ chức sự kiện, event, events, event organizing
suất ăn, tiệc, catering, buffet, banquet
nhà hàng, restaurant
tài chính, finance, financial
bảo hiểm, insurance
bảo hiểm sức khỏe, health insurance
bảo hiểm xe, car insurance, vehicle insurance
ngân hàng, bank, banking
cho thuê tài chính, leasing, financial leasing
môi trường, environment, environmental
xử lý nước, water treatment
sửa chữa, bảo dưỡng, repair, maintenance
"""


def upgrade():
    table = op.create_table(
        "search_synonyms",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("terms", sa.String(500), nullable=False),
    )
    op.bulk_insert(table, [{"terms": line.strip()} for line in GROUPS.strip().splitlines() if line.strip()])


def downgrade():
    op.drop_table("search_synonyms")
